namespace Ahx1X.Rules.IO;

/// <summary>What a path names, following symbolic links.</summary>
internal enum FileKind
{
    /// <summary>Nothing, or a symbolic link whose target is missing.</summary>
    Missing,

    /// <summary>A regular file: the only kind ever opened for reading.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe (FIFO): opening it waits for a writer, possibly forever.</summary>
    Pipe,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>A character device such as <c>/dev/zero</c> or a terminal.</summary>
    CharacterDevice,

    /// <summary>A block device such as a disk.</summary>
    BlockDevice,
}
