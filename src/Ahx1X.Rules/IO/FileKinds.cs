using System.Runtime.InteropServices;

namespace Ahx1X.Rules.IO;

/// <summary>
/// Tells what kind of file a path names without opening it: opening a named pipe blocks until
/// a writer comes, so the kind must be known first. .NET reports a pipe or a device as an
/// ordinary file, so the kind is asked of the operating system.
/// </summary>
internal static class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int MacStatModeOffset = 4;

    /// <summary>Returns the kind of <paramref name="path"/>, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                // statx's layout is the same on every Linux architecture; stat's is not.
                var buffer = new byte[256];
                return Statx(AtCurrentDirectory, path, 0, StatxType, buffer) == 0
                    ? FromMode(BitConverter.ToUInt16(buffer, StatxModeOffset))
                    : FileKind.Missing;
            }

            if (OperatingSystem.IsMacOS())
            {
                var buffer = new byte[256];
                var found = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? MacStatX64(path, buffer) : MacStat(path, buffer);
                return found == 0 ? FromMode(BitConverter.ToUInt16(buffer, MacStatModeOffset)) : FileKind.Missing;
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library older than statx (glibc 2.28): tell what .NET can.
        }

        // Windows has no pipes or devices among the files of a folder.
        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>Returns how a message names the kind: "a named pipe (FIFO)".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Pipe => "a named pipe (FIFO)",
        FileKind.Socket => "a socket",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Directory => "a folder",
        FileKind.Missing => "nothing",
        _ => "a regular file",
    };

    private static FileKind FromMode(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0x1000 => FileKind.Pipe,
        0xC000 => FileKind.Socket,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        _ => FileKind.Missing,
    };

    [DllImport("libc", EntryPoint = "statx")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "stat")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MacStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);

    // Intel Macs keep the 32-bit-inode stat under the plain name.
    [DllImport("libc", EntryPoint = "stat$INODE64")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MacStatX64([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
}
