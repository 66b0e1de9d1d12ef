using System.Runtime.InteropServices;

namespace GraphRelations.Ingestion;

/// <summary>
/// CPU time of the calling thread (user and kernel), for the benchmark's writer figure: on a machine shared with other
/// work the writer's wall-clock time says how busy the machine was, its CPU time what a document costs it. Linux only
/// (<c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>); elsewhere <see cref="Now"/> is null.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static TimeSpan? Now()
    {
        if (!OperatingSystem.IsLinux() || ClockGetTime(ClockThreadCpuTimeId, out var t) != 0)
        {
            return null;
        }

        return TimeSpan.FromTicks((t.Seconds * TimeSpan.TicksPerSecond) + (t.Nanoseconds / 100));
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    // DllImport rather than LibraryImport: the struct is blittable, so no marshalling stub (or unsafe code) is needed.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054
}
