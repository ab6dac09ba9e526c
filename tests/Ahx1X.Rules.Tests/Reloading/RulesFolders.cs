using System.Runtime.InteropServices;
using Ahx1X.Rules.Packs;
using Ahx1X.Rules.Reloading;
using Ahx1X.Rules.Tests.Demo;

namespace Ahx1X.Rules.Tests.Reloading;

/// <summary>Rules folders a deploy test lays out, and the file-system calls .NET does not offer.</summary>
internal static class RulesFolders
{
    public const string SpringEnd = "\"application\": { \"start\": \"2024-03-22\", \"end\": \"2024-04-02\" }";
    public const string SpringEndMoved = "\"application\": { \"start\": \"2024-03-22\", \"end\": \"2024-04-03\" }";

    /// <summary>Gets whether pipes and atomic renames over a link can be made here.</summary>
    public static bool IsUnix => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>Copies the repository's rules folder to <paramref name="target"/> and returns it.</summary>
    public static string CopyRules(string target)
    {
        var from = Repository.PathOf("rules");
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return target;
    }

    /// <summary>Replaces <paramref name="from"/> with <paramref name="to"/> in the 2024 edition file.</summary>
    public static void Edit(string rules, string from, string to)
    {
        var path = Path.Combine(rules, "2024", "edition.json");
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Returns the fingerprint the folder's pack loads with.</summary>
    public static string FingerprintOf(string rules) => RulePack.LoadFromDirectory(rules).Fingerprint;

    /// <summary>Makes a named pipe, as <c>mkfifo</c> does.</summary>
    public static void MakePipe(string path) =>
        Assert.True(NativeMakePipe(path, 0x1A4) == 0, $"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");

    /// <summary>Renames <paramref name="from"/> over <paramref name="to"/> in one step, as <c>mv -T</c> does, replacing a link without following it.</summary>
    public static void RenameOver(string from, string to) =>
        Assert.True(NativeRename(from, to) == 0, $"rename {from} {to} failed: errno {Marshal.GetLastPInvokeError()}");

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int NativeMakePipe([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    [DllImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static extern int NativeRename([MarshalAs(UnmanagedType.LPUTF8Str)] string from, [MarshalAs(UnmanagedType.LPUTF8Str)] string to);
}
