using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HappyButtons.Engine.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Agents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "automation_note",
                table: "agent_tasks",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "executing_until",
                table: "agent_tasks",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "agent_memory",
                columns: table => new
                {
                    scope = table.Column<string>(type: "text", nullable: false),
                    key = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agent_memory", x => new { x.scope, x.key });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agent_memory");

            migrationBuilder.DropColumn(
                name: "automation_note",
                table: "agent_tasks");

            migrationBuilder.DropColumn(
                name: "executing_until",
                table: "agent_tasks");
        }
    }
}
