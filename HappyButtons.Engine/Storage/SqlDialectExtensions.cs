using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace HappyButtons.Engine.Storage;

public static class SqlDialectExtensions
{
    /// <summary>True when EF Core's save failed on a unique or primary key of the database.</summary>
    public static bool IsUniqueViolation(this ISqlDialect dialect, DbUpdateException exception) =>
        exception is not DbUpdateConcurrencyException && exception.InnerException is DbException inner && dialect.IsUniqueViolation(inner);
}
