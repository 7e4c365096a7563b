using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HappyButtons.Engine.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Knowledge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "knowledge_articles",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    topic = table.Column<string>(type: "TEXT", nullable: false),
                    language = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    keywords = table.Column<string>(type: "TEXT", nullable: false),
                    intents = table.Column<string>(type: "TEXT", nullable: false),
                    products = table.Column<string>(type: "TEXT", nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    helpful_count = table.Column<int>(type: "INTEGER", nullable: false),
                    not_helpful_count = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_by = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_knowledge_articles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_feedback",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    article_id = table.Column<long>(type: "INTEGER", nullable: false),
                    rater_key = table.Column<string>(type: "TEXT", nullable: false),
                    rater_name = table.Column<string>(type: "TEXT", nullable: false),
                    helpful = table.Column<bool>(type: "INTEGER", nullable: false),
                    task_id = table.Column<long>(type: "INTEGER", nullable: true),
                    message_id = table.Column<long>(type: "INTEGER", nullable: true),
                    at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_knowledge_feedback", x => x.id);
                    table.ForeignKey(
                        name: "fk_knowledge_feedback_article_id",
                        column: x => x.article_id,
                        principalTable: "knowledge_articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_knowledge_feedback_task_id",
                        column: x => x.task_id,
                        principalTable: "agent_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_articles_active_updated_at",
                table: "knowledge_articles",
                columns: new[] { "active", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ux_knowledge_articles_topic_language",
                table: "knowledge_articles",
                columns: new[] { "topic", "language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_knowledge_feedback_task_id",
                table: "knowledge_feedback",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "ux_knowledge_feedback_article_id_rater_key",
                table: "knowledge_feedback",
                columns: new[] { "article_id", "rater_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "knowledge_feedback");

            migrationBuilder.DropTable(
                name: "knowledge_articles");
        }
    }
}
