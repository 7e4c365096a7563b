using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HappyButtons.Engine.Storage.Migrations.PostgreSql
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    message_id = table.Column<long>(type: "bigint", nullable: false),
                    conversation_id = table.Column<long>(type: "bigint", nullable: true),
                    department = table.Column<string>(type: "text", nullable: false),
                    agent = table.Column<string>(type: "text", nullable: false),
                    intent = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    automation_policy = table.Column<string>(type: "text", nullable: false),
                    auto_executed = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<long>(type: "bigint", nullable: false),
                    decided_at = table.Column<long>(type: "bigint", nullable: true),
                    decided_by_id = table.Column<long>(type: "bigint", nullable: true),
                    decided_by_name = table.Column<string>(type: "text", nullable: true),
                    reject_reason = table.Column<string>(type: "text", nullable: true),
                    executed_at = table.Column<long>(type: "bigint", nullable: true),
                    result_order_id = table.Column<long>(type: "bigint", nullable: true),
                    result_outgoing_mail_id = table.Column<long>(type: "bigint", nullable: true),
                    error = table.Column<string>(type: "text", nullable: true),
                    updated_at = table.Column<long>(type: "bigint", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    task_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    confidence = table.Column<double>(type: "double precision", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    outcome = table.Column<string>(type: "text", nullable: true),
                    edited_payload = table.Column<string>(type: "text", nullable: true),
                    decided_at = table.Column<long>(type: "bigint", nullable: true)
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
