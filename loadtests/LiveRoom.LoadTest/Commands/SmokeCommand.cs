using System.CommandLine;

namespace LiveRoom.LoadTest.Commands;

public static class SmokeCommand
{
    public static Command Create()
    {
        var command = new Command("smoke", "Short truth check for CI");
        command.SetAction(_ => 0);
        return command;
    }
}
