using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HappyButtons.Engine.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class MessageListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every message has a department from the ingest on (its mailbox's until routing decides), so department lists
            // filter on one indexed column.
            migrationBuilder.Sql("UPDATE messages SET department = mailbox WHERE department IS NULL;");
            // The inbox sorted by SLA due time, priority or sender within a department, from indexes alone (the rows are
            // large): with the id included, PostgreSQL reads a department's entries by an index-only scan and sorts the page
            // from them (6-19 ms for 25,000 mails) instead of reading the table (150-190 ms). SQLite indexes hold the rowid
            // anyway. The sender index is declared in the model too; only its INCLUDE is PostgreSQL's.
            migrationBuilder.Sql("CREATE INDEX ix_messages_department_sla ON messages (department, archived, sla_due_at, received_at) INCLUDE (id);");
            migrationBuilder.Sql("CREATE INDEX ix_messages_department_priority ON messages (department, priority, urgency, received_at) INCLUDE (id);");
            migrationBuilder.Sql("CREATE INDEX ix_messages_department_sender ON messages (department, from_name, from_address, received_at) INCLUDE (id);");

            migrationBuilder.CreateIndex(
                name: "ix_messages_customer",
                table: "messages",
                column: "customer_number");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_messages_department_sla;");
            migrationBuilder.Sql("DROP INDEX ix_messages_department_priority;");

            migrationBuilder.DropIndex(
                name: "ix_messages_customer",
                table: "messages");

            migrationBuilder.DropIndex(
                name: "ix_messages_department_sender",
                table: "messages");
        }
    }
}
