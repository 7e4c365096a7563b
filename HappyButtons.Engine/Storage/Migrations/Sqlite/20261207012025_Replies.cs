using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HappyButtons.Engine.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Replies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "courtesy_override",
                table: "conversation_entries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "courtesy_score",
                table: "conversation_entries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "reply_templates",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    language = table.Column<string>(type: "TEXT", nullable: false),
                    intent = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reply_templates", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reply_template_versions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    template_id = table.Column<long>(type: "INTEGER", nullable: false),
                    number = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: false),
                    restored_from = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reply_template_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_reply_template_versions_template_id",
                        column: x => x.template_id,
                        principalTable: "reply_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_reply_template_versions_template_id_number",
                table: "reply_template_versions",
                columns: new[] { "template_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_reply_templates_key_language",
                table: "reply_templates",
                columns: new[] { "key", "language" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reply_template_versions");

            migrationBuilder.DropTable(
                name: "reply_templates");

            migrationBuilder.DropColumn(
                name: "courtesy_override",
                table: "conversation_entries");

            migrationBuilder.DropColumn(
                name: "courtesy_score",
                table: "conversation_entries");
        }
    }
}
