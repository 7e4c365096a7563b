using System.Collections.Concurrent;
using System.Data.Common;
using HappyButtons.Engine.Storage;
using HappyButtons.Engine.Storage.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace HappyButtons.Engine.Intake;

/// <summary>
/// New message rows inserted by one prepared statement, run once per row, whose parameters are built before the write
/// turn, so the turn only binds and runs them: the hottest write of the pipeline (docs/jobs.md). The columns come from EF
/// Core's model — every mapped column of the message and of its owned parts, each value through its type mapping and
/// value converter — so the statement follows the model on both providers. The new id comes back with RETURNING.
/// </summary>
internal sealed class MessageRowInsert : IDisposable
{
    private static readonly ConcurrentDictionary<IModel, Statement> Statements = new();

    private readonly DbCommand _command;
    private readonly IReadOnlyList<(Message Row, DbParameter[] Values)> _rows;

    private MessageRowInsert(DbCommand command, IReadOnlyList<(Message, DbParameter[])> rows) => (_command, _rows) = (command, rows);

    public static MessageRowInsert Prepare(HappyButtonsDbContext context, IReadOnlyList<Message> rows)
    {
        var statement = Statements.GetOrAdd(context.Model, _ => Statement.Of(context));
        var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = statement.Text;
        var values = rows.Select(row => (row, statement.Columns.Select((column, c) =>
            column.Mapping.CreateParameter(command, statement.ParameterNames[c], column.Value(row), column.Nullable)).ToArray())).ToList();
        return new MessageRowInsert(command, values);
    }

    /// <summary>Runs the insert for each row in the context's transaction and gives the row its id.</summary>
    public async Task ExecuteAsync(HappyButtonsDbContext context, CancellationToken cancellationToken)
    {
        _command.Connection = context.Database.GetDbConnection();
        _command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (row, values) in _rows)
        {
            _command.Parameters.Clear();
            _command.Parameters.AddRange(values);
            row.Id = Convert.ToInt64(await _command.ExecuteScalarAsync(cancellationToken));
        }
    }

    public void Dispose() => _command.Dispose();

    private sealed record Column(Func<Message, object?> Value, RelationalTypeMapping Mapping, bool Nullable);

    /// <summary>The statement and its columns, worked out once per model.</summary>
    private sealed record Statement(string Text, IReadOnlyList<string> ParameterNames, IReadOnlyList<Column> Columns)
    {
        public static Statement Of(HappyButtonsDbContext context)
        {
            var sql = context.GetService<ISqlGenerationHelper>();
            var message = context.Model.FindEntityType(typeof(Message))!;
            var table = StoreObjectIdentifier.Table(message.GetTableName()!, message.GetSchema());
            var names = new List<string>();
            var columns = new List<Column>();
            Add(message, m => m);
            foreach (var owned in message.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
            {
                var part = owned.GetGetter();
                Add(owned.TargetEntityType, m => part.GetClrValue(m));
            }

            var parameters = columns.Select((_, c) => sql.GenerateParameterName("p" + c)).ToList();
            var id = sql.DelimitIdentifier(message.FindPrimaryKey()!.Properties.Single().GetColumnName(table)!);
            return new Statement($"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", names)}) " +
                                 $"VALUES ({string.Join(", ", parameters)}) RETURNING {id}", parameters, columns);

            void Add(IEntityType type, Func<Message, object?> partOf)
            {
                foreach (var property in type.GetProperties().Where(p => !p.IsPrimaryKey() && !p.IsShadowProperty()))
                {
                    var value = property.GetGetter();
                    names.Add(sql.DelimitIdentifier(property.GetColumnName(table)!));
                    columns.Add(new Column(m => partOf(m) is { } part ? value.GetClrValue(part) : null, property.GetRelationalTypeMapping(), property.IsNullable));
                }
            }
        }
    }
}
