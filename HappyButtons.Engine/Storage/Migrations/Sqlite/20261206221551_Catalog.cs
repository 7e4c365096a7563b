using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HappyButtons.Engine.Storage.Migrations.Sqlite
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sku = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    material = table.Column<string>(type: "TEXT", nullable: true),
                    size_lignes = table.Column<int>(type: "INTEGER", nullable: true),
                    colour = table.Column<string>(type: "TEXT", nullable: true),
                    unit = table.Column<string>(type: "TEXT", nullable: false),
                    list_price = table.Column<long>(type: "INTEGER", nullable: false),
                    currency = table.Column<string>(type: "TEXT", nullable: false),
                    vat_rate = table.Column<long>(type: "INTEGER", nullable: false),
                    minimum_order_quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    stock_on_hand = table.Column<long>(type: "INTEGER", nullable: false),
                    stock_reserved = table.Column<long>(type: "INTEGER", nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_products", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "customer_prices",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    customer_number = table.Column<string>(type: "TEXT", nullable: false),
                    product_id = table.Column<long>(type: "INTEGER", nullable: false),
                    unit_price = table.Column<long>(type: "INTEGER", nullable: false),
                    minimum_quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    customer_number = table.Column<string>(type: "TEXT", nullable: false),
                    alias_code = table.Column<string>(type: "TEXT", nullable: false),
                    product_id = table.Column<long>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", nullable: false),
                    learnt_by = table.Column<string>(type: "TEXT", nullable: true),
                    learnt_at = table.Column<long>(type: "INTEGER", nullable: false)
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
