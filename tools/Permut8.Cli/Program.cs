using Permut8.Cli;

return CliApp.Run(args, Console.Out, Console.Error, !Console.IsOutputRedirected);
