using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HappyButtons.Engine.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgentTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agent_tasks",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    message_id = table.Column<long>(type: "INTEGER", nullable: false),
                    conversation_id = table.Column<long>(type: "INTEGER", nullable: true),
                    department = table.Column<string>(type: "TEXT", nullable: false),
                    agent = table.Column<string>(type: "TEXT", nullable: false),
                    intent = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    automation_policy = table.Column<string>(type: "TEXT", nullable: false),
                    auto_executed = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_by_id = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_by_name = table.Column<string>(type: "TEXT", nullable: true),
                    reject_reason = table.Column<string>(type: "TEXT", nullable: true),
                    executed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    result_order_id = table.Column<long>(type: "INTEGER", nullable: true),
                    result_outgoing_mail_id = table.Column<long>(type: "INTEGER", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agent_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_agent_tasks_conversation_id",
                        column: x => x.conversation_id,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_agent_tasks_department",
                        column: x => x.department,
                        principalTable: "departments",
                        principalColumn: "code");
                    table.ForeignKey(
                        name: "fk_agent_tasks_message_id",
                        column: x => x.message_id,
                        principalTable: "messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agent_proposals",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    task_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    confidence = table.Column<double>(type: "REAL", nullable: false),
                    reason = table.Column<string>(type: "TEXT", nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", nullable: true),
                    edited_payload = table.Column<string>(type: "TEXT", nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_agent_proposals", x => x.id);
                    table.ForeignKey(
                        name: "fk_agent_proposals_task_id",
                        column: x => x.task_id,
                        principalTable: "agent_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_agent_proposals_task",
                table: "agent_proposals",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "ix_agent_tasks_conversation",
                table: "agent_tasks",
                column: "conversation_id");

            migrationBuilder.CreateIndex(
                name: "ix_agent_tasks_queue",
                table: "agent_tasks",
                columns: new[] { "department", "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ux_agent_tasks_message",
                table: "agent_tasks",
                column: "message_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agent_proposals");

            migrationBuilder.DropTable(
                name: "agent_tasks");
        }
    }
}
