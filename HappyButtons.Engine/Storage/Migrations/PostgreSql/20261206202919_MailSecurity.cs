using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HappyButtons.Engine.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class MailSecurity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "signature_signer",
                table: "messages",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "signature_state",
                table: "messages",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "auth",
                table: "mailboxes",
                type: "text",
                nullable: false,
                defaultValue: "password");

            migrationBuilder.AddColumn<string>(
                name: "oauth_client_id",
                table: "mailboxes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "oauth_client_secret_protected",
                table: "mailboxes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "oauth_refresh_token_protected",
                table: "mailboxes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "oauth_scope",
                table: "mailboxes",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "oauth_token_endpoint",
                table: "mailboxes",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "oauth_tokens",
                columns: table => new
                {
                    token_key = table.Column<string>(type: "text", nullable: false),
                    access_token_protected = table.Column<string>(type: "text", nullable: false),
                    refresh_token_protected = table.Column<string>(type: "text", nullable: true),
                    expires_at = table.Column<long>(type: "bigint", nullable: false),
                    settings_hash = table.Column<string>(type: "text", nullable: false),
                    updated_at = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_oauth_tokens", x => x.token_key);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "oauth_tokens");

            migrationBuilder.DropColumn(
                name: "signature_signer",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "signature_state",
                table: "messages");

            migrationBuilder.DropColumn(
                name: "auth",
                table: "mailboxes");

            migrationBuilder.DropColumn(
                name: "oauth_client_id",
                table: "mailboxes");

            migrationBuilder.DropColumn(
                name: "oauth_client_secret_protected",
                table: "mailboxes");

            migrationBuilder.DropColumn(
                name: "oauth_refresh_token_protected",
                table: "mailboxes");

            migrationBuilder.DropColumn(
                name: "oauth_scope",
                table: "mailboxes");

            migrationBuilder.DropColumn(
                name: "oauth_token_endpoint",
                table: "mailboxes");
        }
    }
}
