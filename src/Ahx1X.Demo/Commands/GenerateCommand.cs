using Ahx1X.Rules.Model;
using System.CommandLine;
using Ahx1X.Demo.Output;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Spectre.Console;

namespace Ahx1X.Demo.Commands;

/// <summary>
/// <c>generate</c>: writes a synthetic applications document of any size, to try <c>batch</c>
/// and to measure it. The same seed always writes the same file.
/// </summary>
internal static class GenerateCommand
{
    private static readonly string[] Cities = ["合肥", "芜湖", "蚌埠", "淮南", "马鞍山", "淮北", "铜陵", "安庆", "黄山", "滁州", "阜阳", "宿州", "六安", "亳州", "池州", "宣城"];
    private static readonly string[] Kinds = [.. Vocabularies.InstitutionKind.ByWire.Keys];
    private static readonly string[] Certificates = ["B1-BIM", "B1-WEB", "B1-LOG", "B1-ELD", "B1-CAR", "B2-ECD", "B2-ROB", "B2-TAX", "B2-NEW", "X9-UNKNOWN"];
    private static readonly string[] Majors = ["软件技术", "物流管理", "护理", "建筑工程技术", "电子商务", "大数据与会计", "工业机器人技术", "汽车检测与维修技术"];
    private static readonly string[] Levels = [.. Vocabularies.Level.ByWire.Keys];

    public static Command Create(IAnsiConsole console, TextWriter error)
    {
        var count = new Option<int>("--count") { Description = "How many applications to write.", DefaultValueFactory = _ => 10_000 };
        var output = new Option<FileInfo>("--output") { Description = "The file to write.", Required = true };
        var seed = new Option<int>("--seed") { Description = "The random seed; the same seed writes the same file.", DefaultValueFactory = _ => 2024 };
        var format = Formats.Create("text", "json");
        var command = new Command("generate", "Write a synthetic applications document for trying batch (not real data).")
        {
            count, output, seed, format,
        };
        command.SetAction(parsed => Guard.Run(error, () =>
        {
            var n = parsed.GetValue(count);
            if (n is < 1 or > 5_000_000)
            {
                error.WriteLine("ahx1x: --count must be between 1 and 5000000.");
                return ExitCodes.BadInput;
            }

            var file = parsed.GetValue(output)!;
            var document = Generate(n, new Random(parsed.GetValue(seed)));
            if (!OutputFile.TryWrite(file, "output", Write, error))
            {
                return ExitCodes.BadInput;
            }

            if (parsed.GetValue(format) == "json")
            {
                MachineJson.Write(console.Profile.Out.Writer, new System.Text.Json.Nodes.JsonObject { ["file"] = file.FullName, ["applications"] = n });
            }
            else
            {
                console.MarkupLine($"Wrote {n} applications to [bold]{Printable.Markup(file.FullName)}[/].");
            }

            if (TooLargeToRead(file) is { } warning)
            {
                error.WriteLine(warning);
            }

            return ExitCodes.Ok;

            void Write(TextWriter writer)
            {
                using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
                document.WriteTo(json);
            }
        }));
        return command;
    }

    /// <summary>
    /// Says so when the file written is larger than <c>batch</c> and <c>evaluate</c> read (64 MB, about
    /// 140,000 applications), with the count that fits; null when it can be read.
    /// </summary>
    internal static string? TooLargeToRead(FileInfo file)
    {
        file.Refresh();
        return file.Exists && file.Length > Rules.IO.DocumentFile.MaxBytes
            ? $"ahx1x: {file.Name} is {file.Length / (1024 * 1024)} MB, larger than the {Rules.IO.DocumentFile.MaxBytes / (1024 * 1024)} MB that batch and evaluate read; write fewer applications per file (--count 130000 or fewer) and judge several files together."
            : null;
    }

    /// <summary>Returns the applications document <c>generate</c> writes for <paramref name="count"/> applications.</summary>
    internal static JObject Generate(int count, Random random)
    {
        var institutions = new JArray();
        for (var written = 0; written < count;)
        {
            var number = institutions.Count + 1;
            var city = Cities[random.Next(Cities.Length)];
            var majors = Majors.OrderBy(_ => random.Next()).Take(random.Next(2, 6)).ToArray();
            var applications = new JArray();
            var perInstitution = Math.Min(count - written, random.Next(1, 12));
            for (var i = 0; i < perInstitution; i++, written++)
            {
                var spring = random.Next(2) == 0;
                var windowStart = spring ? new DateOnly(2024, 3, 22) : new DateOnly(2024, 9, 15);
                applications.Add(new JObject
                {
                    ["id"] = $"GEN-{number:D5}-{i + 1:D2}",
                    ["year"] = 2024,
                    ["certificate"] = Certificates[random.Next(Certificates.Length)],
                    ["level"] = Levels[random.Next(Levels.Length)],
                    ["assessedMajors"] = new JArray(majors.Take(random.Next(1, 3)).Append(random.Next(20) == 0 ? "未开设专业" : majors[0]).Distinct()),
                    ["candidates"] = random.Next(5, 120),
                    ["season"] = Vocabularies.Season.Wire(spring ? Season.Spring : Season.Autumn),
                    ["submittedAt"] = windowStart.AddDays(random.Next(-3, 15)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["justificationPresent"] = random.Next(30) != 0,
                    ["formPresent"] = random.Next(40) == 0 ? null : random.Next(30) != 0,
                });
            }

            institutions.Add(new JObject
            {
                ["name"] = $"{city}示范职业学校{number:D5}",
                ["kind"] = Kinds[random.Next(Kinds.Length)],
                ["city"] = city,
                ["registeredOn"] = "2022-09-01",
                ["majorsOffered"] = new JArray(majors),
                ["officeMeetingApprovedOn"] = "2024-03-01",
                ["standardsInTrainingPlan"] = random.Next(10) != 0,
                ["fundingBudgeted"] = random.Next(10) != 0,
                ["applications"] = applications,
            });
        }

        return new JObject { ["kind"] = "applications", ["institutions"] = institutions };
    }
}
