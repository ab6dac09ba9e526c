using Ahx1X.Rules.Diagnostics;

namespace Ahx1X.Demo.Commands;

/// <summary>What judging one record gave: its result, or what stopped it, which the command reports in record order.</summary>
/// <typeparam name="T">What the command keeps of a judged record.</typeparam>
/// <param name="Result">What was kept; null when the record could not be judged.</param>
/// <param name="NoEdition">Set when no edition covers the record's year.</param>
/// <param name="Unreadable">Set when the edition refuses a value of the record, such as a city it does not list.</param>
internal readonly record struct Judged<T>(T? Result, EditionNotFoundException? NoEdition, DocumentException? Unreadable)
    where T : class;

/// <summary>Judges records on every core for the commands that judge documents.</summary>
internal static class RecordJudging
{
    /// <summary>
    /// Judges records 0 to <paramref name="count"/> - 1 with <paramref name="judge"/> on every core;
    /// each slot holds what it gave or what stopped it, so the caller reports them in record order,
    /// whatever order the cores finished in.
    /// </summary>
    /// <param name="count">How many records.</param>
    /// <param name="judge">Judges the record of an index.</param>
    /// <param name="advance">Told how many more are done, every thousand or so; null for none.</param>
    public static Judged<T>[] OnEveryCore<T>(int count, Func<int, T> judge, Action<int>? advance = null)
        where T : class
    {
        var judged = new Judged<T>[count];
        Parallel.For(0, count, () => 0, (i, _, done) =>
        {
            try
            {
                judged[i] = new(judge(i), null, null);
            }
            catch (EditionNotFoundException ex)
            {
                judged[i] = new(null, ex, null);
            }
            catch (DocumentException ex)
            {
                judged[i] = new(null, null, ex);
            }

            if (advance is not null && ++done == 1000)
            {
                advance(done);
                done = 0;
            }

            return done;
        }, done => advance?.Invoke(done));
        return judged;
    }
}
