using System.Runtime.InteropServices;

namespace AnalysisKit.Cli.Suppression;

/// <summary>
/// Which file a path names, after every link: on Linux the device and inode numbers <c>stat(2)</c> reports (a symbolic
/// link, a hard link and a folder reached through a link all give the input's own numbers), elsewhere the full path with
/// the file's own symbolic links resolved. <c>akit suppress</c> compares every path it will write with its input this
/// way, so it never writes through a link to the input. It also writes by renaming a temporary file over the target
/// (<see cref="SheetWriter"/>), which replaces a link instead of writing through it.
/// </summary>
internal static class FileIdentity
{
    /// <summary>True when <paramref name="candidate"/> exists and is the same file as <paramref name="input"/>.</summary>
    public static bool SameFile(string input, string candidate)
    {
        if (!File.Exists(candidate) || !File.Exists(input))
        {
            return false;
        }

        if (string.Equals(Resolved(input), Resolved(candidate), StringComparison.Ordinal))
        {
            return true;
        }

        return Of(input) is { } a && Of(candidate) is { } b && a == b;
    }

    /// <summary>True when <paramref name="path"/> itself is a symbolic link.</summary>
    public static bool IsSymbolicLink(string path) => new FileInfo(path).LinkTarget is not null;

    /// <summary>The device and inode of the file <paramref name="path"/> names (links followed), or null when they cannot be read here.</summary>
    internal static (ulong Device, ulong Inode)? Of(string path)
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
        {
            return null;
        }

        // struct stat on 64-bit Linux (x86-64 and the generic layout of arm64) starts with st_dev then st_ino, 8 bytes each.
        var buffer = new byte[256];
        try
        {
            if (Stat(path, buffer) != 0)
            {
                return null;
            }
        }
        catch (EntryPointNotFoundException)
        {
            // glibc before 2.33 exports stat only as __xstat(version, …): version 1 on x86-64, 0 on arm64.
            if (XStat(RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 1 : 0, path, buffer) != 0)
            {
                return null;
            }
        }
        catch (DllNotFoundException)
        {
            return null;
        }

        return (BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8));
    }

    private static string Resolved(string path)
    {
        var full = Path.GetFullPath(path);
        return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

#pragma warning disable SYSLIB1054 // a plain DllImport keeps the build free of unsafe code; the buffer is a blittable array
    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);

    [DllImport("libc", EntryPoint = "__xstat", SetLastError = true)]
    private static extern int XStat(int version, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
#pragma warning restore SYSLIB1054
}
