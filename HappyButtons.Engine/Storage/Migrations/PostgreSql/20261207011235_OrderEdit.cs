using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HappyButtons.Engine.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OrderEdit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "change",
                table: "order_transitions",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "credit_note_lines",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    document_id = table.Column<long>(type: "bigint", nullable: false),
                    order_id = table.Column<long>(type: "bigint", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    sku = table.Column<string>(type: "text", nullable: false),
                    quantity = table.Column<long>(type: "bigint", nullable: false),
                    unit_price = table.Column<long>(type: "bigint", nullable: false),
                    vat_rate = table.Column<long>(type: "bigint", nullable: false),
                    line_total = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_note_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_credit_note_lines_document_id",
                        column: x => x.document_id,
                        principalTable: "order_documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_credit_note_lines_order_id",
                        column: x => x.order_id,
                        principalTable: "orders",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_credit_note_lines_document_id",
                table: "credit_note_lines",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_credit_note_lines_order",
                table: "credit_note_lines",
                columns: new[] { "order_id", "position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_note_lines");

            migrationBuilder.DropColumn(
                name: "change",
                table: "order_transitions");
        }
    }
}
