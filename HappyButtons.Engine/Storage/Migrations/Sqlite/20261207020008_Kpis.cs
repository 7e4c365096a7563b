using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HappyButtons.Engine.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Kpis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "first_response_due_at",
                table: "conversations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "kpi_snapshots",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    scope = table.Column<string>(type: "TEXT", nullable: false),
                    email_processing_efficiency = table.Column<double>(type: "REAL", nullable: true),
                    sla_compliance = table.Column<double>(type: "REAL", nullable: true),
                    order_fulfillment_rate = table.Column<double>(type: "REAL", nullable: true),
                    customer_satisfaction = table.Column<double>(type: "REAL", nullable: true),
                    agent_utilization = table.Column<double>(type: "REAL", nullable: true),
                    automation_rate = table.Column<double>(type: "REAL", nullable: true),
                    performance_score = table.Column<double>(type: "REAL", nullable: true),
                    mails_received = table.Column<int>(type: "INTEGER", nullable: false),
                    computed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kpi_snapshots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "survey_responses",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    order_id = table.Column<long>(type: "INTEGER", nullable: false),
                    rating = table.Column<int>(type: "INTEGER", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_responses", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_responses_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_messages_processed_at",
                table: "messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_conversations_first_response",
                table: "conversations",
                column: "first_response_at");

            migrationBuilder.CreateIndex(
                name: "ix_conversations_first_response_due",
                table: "conversations",
                column: "first_response_due_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_action_target",
                table: "audit_log",
                columns: new[] { "action", "target" });

            migrationBuilder.CreateIndex(
                name: "ix_agent_tasks_executed",
                table: "agent_tasks",
                column: "executed_at");

            migrationBuilder.CreateIndex(
                name: "ix_agent_proposals_decided",
                table: "agent_proposals",
                column: "decided_at");

            migrationBuilder.CreateIndex(
                name: "ux_kpi_snapshots_day_scope",
                table: "kpi_snapshots",
                columns: new[] { "day", "scope" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_at",
                table: "survey_responses",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ux_survey_responses_order",
                table: "survey_responses",
                column: "order_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kpi_snapshots");

            migrationBuilder.DropTable(
                name: "survey_responses");

            migrationBuilder.DropIndex(
                name: "ix_messages_processed_at",
                table: "messages");

            migrationBuilder.DropIndex(
                name: "ix_conversations_first_response",
                table: "conversations");

            migrationBuilder.DropIndex(
                name: "ix_conversations_first_response_due",
                table: "conversations");

            migrationBuilder.DropIndex(
                name: "ix_audit_log_action_target",
                table: "audit_log");

            migrationBuilder.DropIndex(
                name: "ix_agent_tasks_executed",
                table: "agent_tasks");

            migrationBuilder.DropIndex(
                name: "ix_agent_proposals_decided",
                table: "agent_proposals");

            migrationBuilder.DropColumn(
                name: "first_response_due_at",
                table: "conversations");
        }
    }
}
