using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HappyButtons.Engine.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PipelineOutboxAndVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "routing_rules",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "attempts",
                table: "messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "claim_owner",
                table: "messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "claim_until",
                table: "messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "last_error",
                table: "messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "not_before",
                table: "messages",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "customers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "outgoing_mail",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    send_key = table.Column<string>(type: "TEXT", nullable: false),
                    message_id = table.Column<string>(type: "TEXT", nullable: true),
                    blob_hash = table.Column<string>(type: "TEXT", nullable: false),
                    mailbox = table.Column<string>(type: "TEXT", nullable: true),
                    envelope_from = table.Column<string>(type: "TEXT", nullable: false),
                    recipients = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", nullable: true),
                    job_id = table.Column<string>(type: "TEXT", nullable: true),
                    transport = table.Column<string>(type: "TEXT", nullable: true),
                    reply = table.Column<string>(type: "TEXT", nullable: true),
                    sent_folder_error = table.Column<string>(type: "TEXT", nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "ix_messages_claims",
                table: "messages",
                column: "claim_until",
                filter: "status = 'processing'");

            migrationBuilder.CreateIndex(
                name: "ix_messages_queue",
                table: "messages",
                column: "id",
                filter: "status = 'received'");

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

            // Hangfire replaces the job engine of the release before: mail whose processing job had not finished simply
            // waits again in the message table, deliveries it had not finished move into the outbox (Hangfire gets them at
            // the next start), its record of sent mail becomes the outbox's sent rows, and its tables go.
            migrationBuilder.Sql("UPDATE messages SET status = 'received' WHERE status = 'processing';");
            migrationBuilder.Sql("""
                INSERT INTO outgoing_mail (send_key, blob_hash, mailbox, envelope_from, recipients, status, attempts, transport, reply,
                                           sent_folder_error, created_at, updated_at, sent_at)
                SELECT send_key, blob_hash, mailbox, envelope_from, recipients, 'sent', 1, transport, reply, sent_folder_error, sent_at, sent_at, sent_at
                FROM sent_mail;
                """);
            migrationBuilder.Sql("""
                INSERT OR IGNORE INTO outgoing_mail (send_key, blob_hash, mailbox, envelope_from, recipients, status, attempts, last_error,
                                                     created_at, updated_at)
                SELECT COALESCE(substr(dedupe_key, 11), 'job:' || id), json_extract(payload, '$.blobHash'), json_extract(payload, '$.mailbox'),
                       json_extract(payload, '$.from'), json_extract(payload, '$.recipients'), 'queued', attempts, last_error, created_at, updated_at
                FROM jobs WHERE kind = 'mail.send' AND state IN ('enqueued', 'scheduled', 'processing', 'failed');
                """);
            migrationBuilder.Sql("DROP TABLE job_attempts; DROP TABLE recurring_jobs; DROP TABLE jobs; DROP TABLE sent_mail; DROP TABLE IF EXISTS schema_migrations;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The job engine's tables are not rebuilt: going back means restoring a backup of the release before.
            migrationBuilder.DropTable(
                name: "outgoing_mail");

            migrationBuilder.DropIndex(
                name: "ix_messages_claims",
                table: "messages");

            migrationBuilder.DropIndex(
                name: "ix_messages_queue",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "version",
                table: "routing_rules");

            migrationBuilder.DropColumn(
                name: "attempts",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "claim_owner",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "claim_until",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "last_error",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "not_before",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "version",
                table: "customers");
        }
    }
}
