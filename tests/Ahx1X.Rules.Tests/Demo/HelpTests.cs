using System.Globalization;
using Ahx1X.Demo;
using Spectre.Console;

namespace Ahx1X.Rules.Tests.Demo;

/// <summary>Help in Chinese and English, one style of metavariable, and "did you mean".</summary>
public class HelpTests
{
    [Fact]
    public void EveryDescription_HasAChineseText()
    {
        var root = Cli.Build(AnsiConsole.Create(new AnsiConsoleSettings()), TextWriter.Null, null);
        var texts = CliConventions.Commands(root).SelectMany(c => new[] { c.Description }
            .Concat(c.Options.Where(o => o is not (System.CommandLine.Help.HelpOption or System.CommandLine.VersionOption)).Select(o => o.Description))
            .Concat(c.Arguments.Select(a => a.Description)))
            .OfType<string>().Distinct().ToList();

        var missing = texts.Where(t => !HelpText.Has(t)).ToList();

        Assert.True(missing.Count == 0, "No Chinese help for:\n" + string.Join("\n", missing.Select(m => "[\"" + m.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"] = \"\",")));
    }

    [Fact]
    public void Help_WithLangZh_IsInChinese_AndEnglishOtherwise()
    {
        var zh = ConsoleRun.Of("fmt", "--help", "--lang", "zh");
        var en = ConsoleRun.Of("fmt", "--help", "--lang", "en");

        Assert.Equal(0, zh.ExitCode);
        Assert.Contains("将每个规则、年度版本、目录和场景文件写成规范格式", zh.Output);
        Assert.Contains("用法", zh.Output);
        Assert.Contains("Write every rule, edition, catalogue and scenario file in canonical form", en.Output);
        Assert.DoesNotContain("用法", en.Output);
    }

    [Fact]
    public void Help_FollowsAChineseSystemLanguage()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            Assert.Contains("检查规则文件夹而不判定任何材料", ConsoleRun.Of("lint", "--help").Output);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Theory]
    [MemberData(nameof(ConsoleCommands.WithResults), MemberType = typeof(ConsoleCommands))]
    public void Help_MetavariablesAreCapitals(params string[] command)
    {
        var run = ConsoleRun.Of([.. command, "--help", "--lang", "en"]);

        Assert.DoesNotMatch(@"<[a-z][a-z-]*>", run.Output);
    }

    [Theory]
    [InlineData(new[] { "evalute", "x.json" }, "Did you mean 'evaluate'?")]
    [InlineData(new[] { "lint", "--fromat", "json" }, "Did you mean '--format'?")]
    [InlineData(new[] { "evaluate", "--explian", "x.json" }, "Did you mean '--explain'?")]
    [InlineData(new[] { "test", "--filtr", "x" }, "Did you mean '--filter'?")]
    public void AMisspeltCommandOrOption_GetsDidYouMean(string[] args, string hint)
    {
        var run = ConsoleRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(hint, run.Error);
    }

    [Fact]
    public void AWordFarFromAnyCommand_GetsNoGuess()
    {
        var run = ConsoleRun.Of("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("Did you mean", run.Error);
    }
}

/// <summary>Facts are named by their label in the language asked for, with the path the rule read beside it.</summary>
public class FactLabelTests
{
    [Theory]
    [InlineData("zh", "申报人数 = 23", "number of candidates")]
    [InlineData("en", "= 23 application.Candidates", "申报人数")]
    public void Evaluate_FactLabels_FollowLang(string language, string shown, string notShown)
    {
        var run = ConsoleRun.Of("evaluate", Repository.PathOf("samples/documents/applications-rejected.json"), "--lang", language);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(shown, run.Output);
        Assert.Contains("application.Candidates", run.Output);
        Assert.DoesNotContain(notShown, run.Output);
    }
}
