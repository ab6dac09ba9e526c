using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Portal;

/// <summary>
/// The decision log: every decision stored once, with its request, result and receipt, and never
/// rewritten (the code has no UPDATE and no DELETE). One ADO.NET code path over SQLite, the embedded
/// default, or PostgreSQL through Npgsql; only the data source differs.
/// </summary>
internal sealed class DecisionLog : IDisposable
{
    /// <summary>The configuration section: <c>DecisionLog:Provider</c> (<c>Sqlite</c> or <c>PostgreSql</c>) and <c>DecisionLog:ConnectionString</c>.</summary>
    public const string SectionName = "DecisionLog";

    private const string Columns = "id, stored_at, kind, record_id, subject, item, outcome, pack_fingerprint, request_json, judged_with_json, result_json, receipt_json";

    private readonly DbDataSource source;
    private readonly bool sqlite;
    private readonly SemaphoreSlim schemaLock = new(1, 1);
    private volatile bool schemaReady;

    private DecisionLog(DbDataSource source, bool sqlite)
    {
        this.source = source;
        this.sqlite = sqlite;
    }

    /// <summary>Opens no connection: a database that cannot be reached is reported when a decision is stored or read, as 503.</summary>
    public static DecisionLog FromConfiguration(IConfiguration section)
    {
        var provider = section["Provider"] ?? "Sqlite";
        var connectionString = section["ConnectionString"];
        if (provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("DecisionLog:Provider is PostgreSql but DecisionLog:ConnectionString is not set, such as \"Host=db;Database=portal;Username=portal;Password=...\".");
            }

            return new DecisionLog(NpgsqlDataSource.Create(connectionString), sqlite: false);
        }

        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"DecisionLog:Provider is \"{provider}\"; it is Sqlite or PostgreSql.");
        }

        var builder = new SqliteConnectionStringBuilder(connectionString ?? "Data Source=decisions.db");
        if (!(connectionString ?? "").Contains("Pooling", StringComparison.OrdinalIgnoreCase))
        {
            // Each write opens the file the configuration names, so a file removed or a disk taken away is
            // reported as an error, never written past through a connection kept open.
            builder.Pooling = false;
        }

        return new DecisionLog(SqliteFactory.Instance.CreateDataSource(builder.ToString()), sqlite: true);
    }

    /// <summary>Stores every decision in one transaction: all of them, or none and an exception.</summary>
    /// <exception cref="DecisionLogUnavailableException">The database cannot be reached or written.</exception>
    public async Task StoreAsync(IReadOnlyList<StoredDecision> decisions, CancellationToken cancellationToken)
    {
        await Guard(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var decision in decisions)
            {
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO decisions ({Columns}) VALUES (@id, @stored_at, @kind, @record_id, @subject, @item, @outcome, @pack_fingerprint, @request_json, @judged_with_json, @result_json, @receipt_json)";
                Add(insert, "id", decision.Id.ToString());
                Add(insert, "stored_at", decision.StoredAt);
                Add(insert, "kind", decision.Kind);
                Add(insert, "record_id", decision.Record);
                Add(insert, "subject", decision.Subject);
                Add(insert, "item", decision.Item);
                Add(insert, "outcome", decision.Outcome);
                Add(insert, "pack_fingerprint", decision.PackFingerprint);
                Add(insert, "request_json", decision.RequestJson);
                Add(insert, "judged_with_json", decision.JudgedWithJson);
                Add(insert, "result_json", decision.ResultJson);
                Add(insert, "receipt_json", decision.ReceiptJson);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            // Only a committed transaction is ever answered as stored.
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }, "written");
    }

    /// <summary>Returns the decision stored under <paramref name="id"/>, or null.</summary>
    public Task<StoredDecision?> GetAsync(Guid id, CancellationToken cancellationToken) => Guard(async () =>
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {Columns} FROM decisions WHERE id = @id";
        Add(select, "id", id.ToString());
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        return new StoredDecision(Guid.Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2), Text(3), Text(4), Text(5),
            reader.GetString(6), reader.GetString(7), reader.GetString(8), Text(9), reader.GetString(10), reader.GetString(11));
    }, "read");

    /// <summary>Returns how many decisions are stored.</summary>
    public Task<long> CountAsync(CancellationToken cancellationToken) => Guard(async () =>
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM decisions";
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }, "read");

    public void Dispose()
    {
        source.Dispose();
        schemaLock.Dispose();
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await source.OpenConnectionAsync(cancellationToken);
        try
        {
            await EnsureSchemaAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates the table on first use, and again after a failure, so the portal starts whether or not the database answers.</summary>
    private async Task EnsureSchemaAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (schemaReady)
        {
            return;
        }

        await schemaLock.WaitAsync(cancellationToken);
        try
        {
            if (schemaReady)
            {
                return;
            }

            await using var create = connection.CreateCommand();
            // The same statement on SQLite and PostgreSQL: text columns, the JSON as written by the contract.
            create.CommandText = """
                CREATE TABLE IF NOT EXISTS decisions (
                    id VARCHAR(36) PRIMARY KEY,
                    stored_at VARCHAR(40) NOT NULL,
                    kind VARCHAR(40) NOT NULL,
                    record_id TEXT NULL,
                    subject TEXT NULL,
                    item TEXT NULL,
                    outcome VARCHAR(40) NOT NULL,
                    pack_fingerprint VARCHAR(64) NOT NULL,
                    request_json TEXT NOT NULL,
                    judged_with_json TEXT NULL,
                    result_json TEXT NOT NULL,
                    receipt_json TEXT NOT NULL)
                """;
            await create.ExecuteNonQueryAsync(cancellationToken);
            if (sqlite)
            {
                // Readers do not wait for writers, and a writer waits for another instead of failing.
                await using var wal = connection.CreateCommand();
                wal.CommandText = "PRAGMA journal_mode=WAL";
                await wal.ExecuteNonQueryAsync(cancellationToken);
            }

            schemaReady = true;
        }
        finally
        {
            schemaLock.Release();
        }
    }

    private static void Add(DbCommand command, string name, string? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = (object?)value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static async Task<T> Guard<T>(Func<Task<T>> work, string verb)
    {
        try
        {
            return await work();
        }
        catch (Exception ex) when (ex is DbException or IOException or TimeoutException or InvalidOperationException { InnerException: DbException })
        {
            throw new DecisionLogUnavailableException(verb, Reason(ex), ex);
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        SqliteException { SqliteErrorCode: 13 } => "the disk is full (SQLite error 13)",
        SqliteException sqlite => sqlite.Message.TrimEnd('.'),
        PostgresException postgres => $"PostgreSQL {postgres.SqlState}: {postgres.MessageText}",
        _ => ex.Message.TrimEnd('.'),
    };
}
