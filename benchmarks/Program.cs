using Ahx1X.Benchmarks;
using BenchmarkDotNet.Running;

if (args is ["interleaved", ..])
{
    Interleaved.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
