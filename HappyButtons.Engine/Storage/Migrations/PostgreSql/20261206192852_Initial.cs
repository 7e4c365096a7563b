using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace HappyButtons.Engine.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "text", nullable: false),
                    key_hash = table.Column<string>(type: "text", nullable: false),
                    key_prefix = table.Column<string>(type: "text", nullable: false),
                    is_admin = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    last_used_at = table.Column<long>(type: "bigint", nullable: true),
                    revoked_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<long>(type: "bigint", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    target = table.Column<string>(type: "text", nullable: false),
                    details = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "customers",
                columns: table => new
                {
                    number = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    type = table.Column<string>(type: "text", nullable: false),
                    vip = table.Column<bool>(type: "boolean", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    domains = table.Column<string>(type: "text", nullable: false),
                    agreements = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customers", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                columns: table => new
                {
                    code = table.Column<string>(type: "text", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_departments", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "routing_rules",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    definition = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_by = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_routing_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sla_calendar",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    federal_state = table.Column<string>(type: "text", nullable: false),
                    opens_minutes = table.Column<int>(type: "integer", nullable: false),
                    closes_minutes = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sla_calendar", x => x.id);
                    table.CheckConstraint("ck_sla_calendar_single_row", "id = 1");
                });

            migrationBuilder.CreateTable(
                name: "sla_policies",
                columns: table => new
                {
                    name = table.Column<string>(type: "text", nullable: false),
                    first_response_minutes = table.Column<int>(type: "integer", nullable: false),
                    resolution_minutes = table.Column<int>(type: "integer", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sla_policies", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_name = table.Column<string>(type: "text", nullable: false),
                    normalized_name = table.Column<string>(type: "text", nullable: false),
                    display_name = table.Column<string>(type: "text", nullable: false),
                    email = table.Column<string>(type: "text", nullable: true),
                    password_hash = table.Column<string>(type: "text", nullable: false),
                    is_admin = table.Column<bool>(type: "boolean", nullable: false),
                    is_disabled = table.Column<bool>(type: "boolean", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    failed_attempts = table.Column<int>(type: "integer", nullable: false),
                    locked_until = table.Column<long>(type: "bigint", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    customer_number = table.Column<string>(type: "text", nullable: false),
                    first_name = table.Column<string>(type: "text", nullable: false),
                    last_name = table.Column<string>(type: "text", nullable: false),
                    email = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: true),
                    preferred_salutation = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.id);
                    table.ForeignKey(
                        name: "fk_contacts_customer_number",
                        column: x => x.customer_number,
                        principalTable: "customers",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "mailboxes",
                columns: table => new
                {
                    department = table.Column<string>(type: "text", nullable: false),
                    address = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    host = table.Column<string>(type: "text", nullable: true),
                    port = table.Column<int>(type: "integer", nullable: true),
                    security = table.Column<string>(type: "text", nullable: true),
                    user_name = table.Column<string>(type: "text", nullable: true),
                    password_protected = table.Column<string>(type: "text", nullable: true),
                    pinned_thumbprint = table.Column<string>(type: "text", nullable: true),
                    poll_seconds = table.Column<int>(type: "integer", nullable: false),
                    processed_folder = table.Column<string>(type: "text", nullable: true),
                    sent_folder = table.Column<string>(type: "text", nullable: true),
                    uid_validity = table.Column<long>(type: "bigint", nullable: true),
                    last_uid = table.Column<long>(type: "bigint", nullable: true),
                    connected = table.Column<bool>(type: "boolean", nullable: false),
                    last_fetch_at = table.Column<long>(type: "bigint", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    last_error_at = table.Column<long>(type: "bigint", nullable: true),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mailboxes", x => x.department);
                    table.ForeignKey(
                        name: "fk_mailboxes_department",
                        column: x => x.department,
                        principalTable: "departments",
                        principalColumn: "code");
                });

            migrationBuilder.CreateTable(
                name: "messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    mailbox = table.Column<string>(type: "text", nullable: false),
                    source_id = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<string>(type: "text", nullable: true),
                    content_hash = table.Column<string>(type: "text", nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    received_at = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    status_reason = table.Column<string>(type: "text", nullable: true),
                    from_address = table.Column<string>(type: "text", nullable: true),
                    from_name = table.Column<string>(type: "text", nullable: true),
                    to_addresses = table.Column<string>(type: "text", nullable: true),
                    cc_addresses = table.Column<string>(type: "text", nullable: true),
                    reply_to = table.Column<string>(type: "text", nullable: true),
                    subject = table.Column<string>(type: "text", nullable: true),
                    sent_at = table.Column<long>(type: "bigint", nullable: true),
                    in_reply_to = table.Column<string>(type: "text", nullable: true),
                    body_text = table.Column<string>(type: "text", nullable: true),
                    new_text = table.Column<string>(type: "text", nullable: true),
                    has_html = table.Column<bool>(type: "boolean", nullable: false),
                    headers = table.Column<string>(type: "text", nullable: true),
                    warnings = table.Column<string>(type: "text", nullable: true),
                    department = table.Column<string>(type: "text", nullable: true),
                    processed_at = table.Column<long>(type: "bigint", nullable: true),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false),
                    intent = table.Column<string>(type: "text", nullable: true),
                    urgency = table.Column<string>(type: "text", nullable: true),
                    language = table.Column<string>(type: "text", nullable: true),
                    is_oem = table.Column<bool>(type: "boolean", nullable: true),
                    customer_number = table.Column<string>(type: "text", nullable: true),
                    confidence = table.Column<double>(type: "double precision", nullable: true),
                    review_reason = table.Column<string>(type: "text", nullable: true),
                    rule_id = table.Column<string>(type: "text", nullable: true),
                    rule_name = table.Column<string>(type: "text", nullable: true),
                    priority = table.Column<string>(type: "text", nullable: true),
                    sla_policy = table.Column<string>(type: "text", nullable: true),
                    sla_due_at = table.Column<long>(type: "bigint", nullable: true),
                    sla_resolution_due_at = table.Column<long>(type: "bigint", nullable: true),
                    tags = table.Column<string>(type: "text", nullable: true),
                    automation = table.Column<string>(type: "text", nullable: true),
                    escalate_to = table.Column<string>(type: "text", nullable: true),
                    escalated_at = table.Column<long>(type: "bigint", nullable: true),
                    risk_score = table.Column<int>(type: "integer", nullable: true),
                    risk_signals = table.Column<string>(type: "text", nullable: true),
                    fraud_hold = table.Column<bool>(type: "boolean", nullable: false),
                    archived = table.Column<bool>(type: "boolean", nullable: false),
                    claim_owner = table.Column<string>(type: "text", nullable: true),
                    claim_until = table.Column<long>(type: "bigint", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    not_before = table.Column<long>(type: "bigint", nullable: true),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_messages_department",
                        column: x => x.department,
                        principalTable: "departments",
                        principalColumn: "code");
                    table.ForeignKey(
                        name: "fk_messages_mailbox",
                        column: x => x.mailbox,
                        principalTable: "departments",
                        principalColumn: "code");
                });

            migrationBuilder.CreateTable(
                name: "outgoing_mail",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    send_key = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<string>(type: "text", nullable: true),
                    blob_hash = table.Column<string>(type: "text", nullable: false),
                    mailbox = table.Column<string>(type: "text", nullable: true),
                    envelope_from = table.Column<string>(type: "text", nullable: false),
                    recipients = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    job_id = table.Column<string>(type: "text", nullable: true),
                    transport = table.Column<string>(type: "text", nullable: true),
                    reply = table.Column<string>(type: "text", nullable: true),
                    sent_folder_error = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false),
                    sent_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outgoing_mail", x => x.id);
                    table.ForeignKey(
                        name: "fk_outgoing_mail_mailbox",
                        column: x => x.mailbox,
                        principalTable: "departments",
                        principalColumn: "code");
                });

            migrationBuilder.CreateTable(
                name: "sign_ins",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<long>(type: "bigint", nullable: true),
                    department = table.Column<string>(type: "text", nullable: true),
                    succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    remote_ip = table.Column<string>(type: "text", nullable: true),
                    at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_ins", x => x.id);
                    table.ForeignKey(
                        name: "fk_sign_ins_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "user_departments",
                columns: table => new
                {
                    user_id = table.Column<long>(type: "bigint", nullable: false),
                    department = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_departments", x => new { x.user_id, x.department });
                    table.ForeignKey(
                        name: "fk_user_departments_department",
                        column: x => x.department,
                        principalTable: "departments",
                        principalColumn: "code");
                    table.ForeignKey(
                        name: "fk_user_departments_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "escalations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    message_id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<long>(type: "bigint", nullable: false),
                    recipients = table.Column<string>(type: "text", nullable: false),
                    priority_before = table.Column<string>(type: "text", nullable: true),
                    priority_after = table.Column<string>(type: "text", nullable: true),
                    reason = table.Column<string>(type: "text", nullable: false),
                    notified_at = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_escalations", x => x.id);
                    table.ForeignKey(
                        name: "fk_escalations_message_id",
                        column: x => x.message_id,
                        principalTable: "messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "message_attachments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    message_id = table.Column<long>(type: "bigint", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    file_name = table.Column<string>(type: "text", nullable: false),
                    content_type = table.Column<string>(type: "text", nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content_id = table.Column<string>(type: "text", nullable: true),
                    is_inline = table.Column<bool>(type: "boolean", nullable: false),
                    content_hash = table.Column<string>(type: "text", nullable: false),
                    text = table.Column<string>(type: "text", nullable: true),
                    text_status = table.Column<string>(type: "text", nullable: false),
                    text_note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_message_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_message_attachments_message_id",
                        column: x => x.message_id,
                        principalTable: "messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "training_examples",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    text = table.Column<string>(type: "text", nullable: false),
                    intent = table.Column<string>(type: "text", nullable: false),
                    department = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<long>(type: "bigint", nullable: true),
                    created_by = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_examples", x => x.id);
                    table.ForeignKey(
                        name: "fk_training_examples_message_id",
                        column: x => x.message_id,
                        principalTable: "messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.InsertData(
                table: "departments",
                columns: new[] { "code", "sort_order" },
                values: new object[,]
                {
                    { "finance", 4 },
                    { "info", 1 },
                    { "sales", 2 },
                    { "support", 3 }
                });

            migrationBuilder.CreateIndex(
                name: "ux_api_keys_key_hash",
                table: "api_keys",
                column: "key_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_at",
                table: "audit_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_customer",
                table: "contacts",
                column: "customer_number");

            migrationBuilder.CreateIndex(
                name: "ux_contacts_email",
                table: "contacts",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_escalations_unnotified",
                table: "escalations",
                column: "id",
                filter: "notified_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ux_escalations_message_id",
                table: "escalations",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_message_attachments_message_id_ordinal",
                table: "message_attachments",
                columns: new[] { "message_id", "ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_messages_claims",
                table: "messages",
                column: "claim_until",
                filter: "status = 'processing'");

            migrationBuilder.CreateIndex(
                name: "ix_messages_dedupe",
                table: "messages",
                columns: new[] { "content_hash", "message_id" });

            migrationBuilder.CreateIndex(
                name: "ix_messages_department",
                table: "messages",
                columns: new[] { "department", "received_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_messages_mailbox",
                table: "messages",
                columns: new[] { "mailbox", "received_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_messages_queue",
                table: "messages",
                column: "id",
                filter: "status = 'received'");

            migrationBuilder.CreateIndex(
                name: "ix_messages_sla_due",
                table: "messages",
                column: "sla_due_at",
                filter: "escalated_at IS NULL AND NOT archived");

            migrationBuilder.CreateIndex(
                name: "ix_messages_status",
                table: "messages",
                columns: new[] { "status", "received_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ux_messages_mailbox_source_id",
                table: "messages",
                columns: new[] { "mailbox", "source_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outgoing_mail_created",
                table: "outgoing_mail",
                column: "created_at",
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_outgoing_mail_mailbox",
                table: "outgoing_mail",
                column: "mailbox");

            migrationBuilder.CreateIndex(
                name: "ix_outgoing_mail_open",
                table: "outgoing_mail",
                column: "id",
                filter: "status IN ('queued', 'sending')");

            migrationBuilder.CreateIndex(
                name: "ux_outgoing_mail_send_key",
                table: "outgoing_mail",
                column: "send_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sign_ins_at",
                table: "sign_ins",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_sign_ins_user_id",
                table: "sign_ins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_training_examples_message_id",
                table: "training_examples",
                column: "message_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_departments_department",
                table: "user_departments",
                column: "department");

            migrationBuilder.CreateIndex(
                name: "ux_users_normalized_name",
                table: "users",
                column: "normalized_name",
                unique: true);

            // Full-text search over subject, sender and body, accents folded like SQLite's FTS5 (unicode61 remove_diacritics):
            // a tsvector kept by a trigger only when those columns change (claims and status updates do not recompute it).
            migrationBuilder.Sql("CREATE EXTENSION IF NOT EXISTS unaccent;");
            migrationBuilder.Sql("""
                CREATE FUNCTION hb_search_text(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT unaccent('unaccent'::regdictionary, value) $$;
                """);
            migrationBuilder.Sql("ALTER TABLE messages ADD COLUMN search tsvector;");
            migrationBuilder.Sql("""
                CREATE FUNCTION hb_messages_search() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    NEW.search := to_tsvector('simple', hb_search_text(coalesce(NEW.subject, '') || ' ' || coalesce(NEW.from_address, '') || ' ' ||
                        coalesce(NEW.from_name, '') || ' ' || left(coalesce(NEW.body_text, ''), 200000)));
                    RETURN NEW;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER messages_search BEFORE INSERT OR UPDATE OF subject, from_address, from_name, body_text ON messages
                FOR EACH ROW EXECUTE FUNCTION hb_messages_search();
                """);
            migrationBuilder.Sql("CREATE INDEX ix_messages_search ON messages USING gin (search);");
            // A contact's address is unique whatever its case (SQLite: COLLATE NOCASE).
            migrationBuilder.Sql("CREATE UNIQUE INDEX ux_contacts_email_ci ON contacts (lower(email));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "contacts");

            migrationBuilder.DropTable(
                name: "escalations");

            migrationBuilder.DropTable(
                name: "mailboxes");

            migrationBuilder.DropTable(
                name: "message_attachments");

            migrationBuilder.DropTable(
                name: "outgoing_mail");

            migrationBuilder.DropTable(
                name: "routing_rules");

            migrationBuilder.DropTable(
                name: "sign_ins");

            migrationBuilder.DropTable(
                name: "sla_calendar");

            migrationBuilder.DropTable(
                name: "sla_policies");

            migrationBuilder.DropTable(
                name: "training_examples");

            migrationBuilder.DropTable(
                name: "user_departments");

            migrationBuilder.DropTable(
                name: "customers");

            migrationBuilder.DropTable(
                name: "messages");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "departments");
        }
    }
}
