using LiveRoom.LoadTests;

return await Cli.Create().Parse(args).InvokeAsync();
