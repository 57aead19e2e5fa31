using System.Diagnostics;
using System.Runtime.InteropServices;

namespace WitBindgen.Runtime.Tests.Infrastructure;

/// <summary>The process's resident set, measured so that memory already freed does not count.</summary>
internal static partial class ResidentMemory
{
    /// <summary>
    /// Collects garbage (running finalizers, which free native handles), hands the C heap's free pages back to the
    /// system where the C library can, and returns the resident set size. Without the trim, pages freed by native
    /// code stay resident at glibc's discretion and make a leak bound noisy.
    /// </summary>
    public static long Measure()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        if (OperatingSystem.IsLinux())
        {
            try
            {
                _ = MallocTrim(0);
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // Not glibc (e.g. musl): the resident set is read as it is.
            }
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64;
    }

    [LibraryImport("libc", EntryPoint = "malloc_trim")]
    private static partial int MallocTrim(nuint pad);
}
