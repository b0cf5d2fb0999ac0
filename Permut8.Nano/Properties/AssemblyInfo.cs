using System.Reflection;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("Permut8.Nano")]
[assembly: AssemblyDescription("Permut8 pedal: control plane and device drivers")]
[assembly: AssemblyConfiguration("")]
[assembly: AssemblyCompany("")]
[assembly: AssemblyProduct("Permut8.Nano")]
[assembly: AssemblyCopyright("")]
[assembly: AssemblyTrademark("")]
[assembly: AssemblyCulture("")]

[assembly: ComVisible(false)]

[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]
