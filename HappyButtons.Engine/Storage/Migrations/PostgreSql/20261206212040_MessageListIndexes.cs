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
            // The inbox sorted by SLA due time or by priority within a department, from indexes alone (the rows are large).
            migrationBuilder.Sql("CREATE INDEX ix_messages_department_sla ON messages (department, archived, sla_due_at, received_at);");
            migrationBuilder.Sql("CREATE INDEX ix_messages_department_priority ON messages (department, priority, urgency, received_at);");

            migrationBuilder.CreateIndex(
                name: "ix_messages_customer",
                table: "messages",
                column: "customer_number");

            migrationBuilder.CreateIndex(
                name: "ix_messages_department_sender",
                table: "messages",
                columns: new[] { "department", "from_name", "from_address", "received_at" });
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
