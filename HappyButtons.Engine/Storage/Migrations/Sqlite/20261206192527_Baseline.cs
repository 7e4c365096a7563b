using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace HappyButtons.Engine.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The schema exactly as the release before EF Core created it (its numbered SQL scripts), so a new database and
            // one upgraded in place are the same. A database of that release is marked as having run this migration.
            foreach (var script in BaselineScripts.Names)
            {
                migrationBuilder.Sql(BaselineScripts.Read(script));
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            throw new NotSupportedException("The baseline cannot be undone; restore a backup instead.");
    }
}
