using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FireSafety.Core.Data.Scale;

/// <summary>
/// Writes rows nobody needs the keys of (the 1.5 M inspection answers, the equipment checks) with
/// one prepared INSERT, inside the batch's transaction. EF's change tracker costs several times
/// more per row and these rows need none of it: no audit (ADR 0080), no search column, and the
/// version is set to 1 as the context would. Table, column and parameter types come from the EF
/// model, so the statement is right on either provider.
/// </summary>
internal sealed class RowWriter<T>
    where T : class
{
    private readonly FireSafetyDbContext _db;
    private readonly (IProperty Property, RelationalTypeMapping Mapping, Func<T, object?> Value)[] _columns;
    private readonly string _sql;
    private readonly string[] _names;

    public RowWriter(FireSafetyDbContext db, params (string Property, Func<T, object?> Value)[] columns)
    {
        _db = db;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _columns = [.. columns.Select(c =>
        {
            var property = entity.FindProperty(c.Property) ?? throw new InvalidOperationException($"{typeof(T).Name}.{c.Property} is not mapped.");
            return (property, (RelationalTypeMapping)property.GetRelationalTypeMapping(), c.Value);
        })];
        var sql = db.GetService<ISqlGenerationHelper>();
        _names = [.. _columns.Select((_, i) => sql.GenerateParameterName($"p{i}"))];
        _sql = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", _columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) "
            + $"VALUES ({string.Join(", ", _columns.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")))})";
    }

    public async Task<int> WriteAsync(IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        var connection = _db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = _sql;
        var parameters = new DbParameter[_columns.Length];
        for (var i = 0; i < _columns.Length; i++)
        {
            parameters[i] = _columns[i].Mapping.CreateParameter(command, _names[i], null, _columns[i].Property.IsNullable);
            command.Parameters.Add(parameters[i]);
        }

        await command.PrepareAsync(cancellationToken);
        var count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < _columns.Length; i++)
            {
                var value = _columns[i].Value(row);
                if (value is not null && _columns[i].Mapping.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                parameters[i].Value = value ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }

        return count;
    }
}
