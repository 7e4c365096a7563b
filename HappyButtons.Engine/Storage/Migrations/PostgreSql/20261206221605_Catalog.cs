using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HappyButtons.Engine.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Catalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "products",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    sku = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    material = table.Column<string>(type: "text", nullable: true),
                    size_lignes = table.Column<int>(type: "integer", nullable: true),
                    colour = table.Column<string>(type: "text", nullable: true),
                    unit = table.Column<string>(type: "text", nullable: false),
                    list_price = table.Column<long>(type: "bigint", nullable: false),
                    currency = table.Column<string>(type: "text", nullable: false),
                    vat_rate = table.Column<long>(type: "bigint", nullable: false),
                    minimum_order_quantity = table.Column<int>(type: "integer", nullable: false),
                    stock_on_hand = table.Column<long>(type: "bigint", nullable: false),
                    stock_reserved = table.Column<long>(type: "bigint", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "customer_prices",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    customer_number = table.Column<string>(type: "text", nullable: false),
                    product_id = table.Column<long>(type: "bigint", nullable: false),
                    unit_price = table.Column<long>(type: "bigint", nullable: false),
                    minimum_quantity = table.Column<int>(type: "integer", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: true),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_prices", x => x.id);
                    table.ForeignKey(
                        name: "fk_customer_prices_customer_number",
                        column: x => x.customer_number,
                        principalTable: "customers",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_customer_prices_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "product_aliases",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    customer_number = table.Column<string>(type: "text", nullable: false),
                    alias_code = table.Column<string>(type: "text", nullable: false),
                    product_id = table.Column<long>(type: "bigint", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    learnt_by = table.Column<string>(type: "text", nullable: true),
                    learnt_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_product_aliases", x => x.id);
                    table.ForeignKey(
                        name: "fk_product_aliases_customer_number",
                        column: x => x.customer_number,
                        principalTable: "customers",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_product_aliases_product_id",
                        column: x => x.product_id,
                        principalTable: "products",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_customer_prices_customer_number_product_id_minimum_quantity",
                table: "customer_prices",
                columns: new[] { "customer_number", "product_id", "minimum_quantity" });

            migrationBuilder.CreateIndex(
                name: "ix_customer_prices_product_id",
                table: "customer_prices",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ix_product_aliases_product_id",
                table: "product_aliases",
                column: "product_id");

            migrationBuilder.CreateIndex(
                name: "ux_product_aliases_customer_number_alias_code",
                table: "product_aliases",
                columns: new[] { "customer_number", "alias_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_products_sku",
                table: "products",
                column: "sku",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "customer_prices");

            migrationBuilder.DropTable(
                name: "product_aliases");

            migrationBuilder.DropTable(
                name: "products");
        }
    }
}
