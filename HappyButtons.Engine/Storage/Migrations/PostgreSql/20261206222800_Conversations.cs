using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HappyButtons.Engine.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Conversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    department = table.Column<string>(type: "text", nullable: false),
                    state = table.Column<string>(type: "text", nullable: false),
                    assignee_id = table.Column<long>(type: "bigint", nullable: true),
                    assigned_at = table.Column<long>(type: "bigint", nullable: true),
                    customer_number = table.Column<string>(type: "text", nullable: true),
                    customer_address = table.Column<string>(type: "text", nullable: true),
                    customer_name = table.Column<string>(type: "text", nullable: true),
                    subject = table.Column<string>(type: "text", nullable: false),
                    priority = table.Column<string>(type: "text", nullable: true),
                    urgency = table.Column<string>(type: "text", nullable: true),
                    sla_policy = table.Column<string>(type: "text", nullable: true),
                    sla_due_at = table.Column<long>(type: "bigint", nullable: true),
                    resolution_due_at = table.Column<long>(type: "bigint", nullable: true),
                    sla_paused_at = table.Column<long>(type: "bigint", nullable: true),
                    sla_paused_milliseconds = table.Column<long>(type: "bigint", nullable: false),
                    first_response_at = table.Column<long>(type: "bigint", nullable: true),
                    resolved_at = table.Column<long>(type: "bigint", nullable: true),
                    escalation_level = table.Column<int>(type: "integer", nullable: false),
                    escalated_at = table.Column<long>(type: "bigint", nullable: true),
                    please_check = table.Column<bool>(type: "boolean", nullable: false),
                    please_check_reason = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    last_message_at = table.Column<long>(type: "bigint", nullable: false),
                    last_incoming_at = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversations", x => x.id);
                    table.ForeignKey(
                        name: "fk_conversations_assignee_id",
                        column: x => x.assignee_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_conversations_department",
                        column: x => x.department,
                        principalTable: "departments",
                        principalColumn: "code");
                });

            migrationBuilder.CreateTable(
                name: "conversation_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    conversation_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    message_id = table.Column<long>(type: "bigint", nullable: true),
                    outgoing_mail_id = table.Column<long>(type: "bigint", nullable: true),
                    message_id_header = table.Column<string>(type: "text", nullable: true),
                    from_address = table.Column<string>(type: "text", nullable: true),
                    from_name = table.Column<string>(type: "text", nullable: true),
                    to_address = table.Column<string>(type: "text", nullable: true),
                    subject = table.Column<string>(type: "text", nullable: true),
                    text = table.Column<string>(type: "text", nullable: true),
                    author_id = table.Column<long>(type: "bigint", nullable: true),
                    author_name = table.Column<string>(type: "text", nullable: true),
                    mentions = table.Column<string>(type: "text", nullable: true),
                    event_code = table.Column<string>(type: "text", nullable: true),
                    event_detail = table.Column<string>(type: "text", nullable: true),
                    at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversation_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_conversation_entries_conversation_id",
                        column: x => x.conversation_id,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_conversation_entries_message_id",
                        column: x => x.message_id,
                        principalTable: "messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_conversation_entries_outgoing_mail_id",
                        column: x => x.outgoing_mail_id,
                        principalTable: "outgoing_mail",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "conversation_reads",
                columns: table => new
                {
                    conversation_id = table.Column<long>(type: "bigint", nullable: false),
                    user_id = table.Column<long>(type: "bigint", nullable: false),
                    read_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversation_reads", x => new { x.conversation_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_conversation_reads_conversation_id",
                        column: x => x.conversation_id,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_conversation_reads_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_conversation_entries_message_id_header",
                table: "conversation_entries",
                column: "message_id_header");

            migrationBuilder.CreateIndex(
                name: "ix_conversation_entries_outgoing_mail_id",
                table: "conversation_entries",
                column: "outgoing_mail_id");

            migrationBuilder.CreateIndex(
                name: "ix_conversation_entries_timeline",
                table: "conversation_entries",
                columns: new[] { "conversation_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ux_conversation_entries_message",
                table: "conversation_entries",
                column: "message_id",
                unique: true,
                filter: "message_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_conversation_reads_user_id",
                table: "conversation_reads",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_conversations_assignee",
                table: "conversations",
                columns: new[] { "assignee_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_conversations_queue",
                table: "conversations",
                columns: new[] { "department", "state", "sla_due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_conversations_sla_due",
                table: "conversations",
                column: "sla_due_at",
                filter: "state = 'open'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conversation_entries");

            migrationBuilder.DropTable(
                name: "conversation_reads");

            migrationBuilder.DropTable(
                name: "conversations");
        }
    }
}
