namespace Ahx1X.Studio;

/// <summary>The few file operations a save makes; tests put a failing one in to prove a save is all or nothing.</summary>
internal interface IStudioFileSystem
{
    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark to a new file at <paramref name="path"/>.</summary>
    void WriteNew(string path, string text);

    /// <summary>Moves <paramref name="from"/> over <paramref name="to"/>, replacing it.</summary>
    void Replace(string from, string to);

    /// <summary>Deletes <paramref name="path"/> when it exists.</summary>
    void Delete(string path);
}
