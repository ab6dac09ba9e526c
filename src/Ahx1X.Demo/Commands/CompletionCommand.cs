using System.CommandLine;

namespace Ahx1X.Demo.Commands;

/// <summary>
/// <c>completion SHELL</c>: prints a script that makes the shell complete ahx1x's commands,
/// options and their values. Each script asks ahx1x itself through System.CommandLine's
/// <c>[suggest:POSITION]</c> directive, so completions always match the installed version.
/// </summary>
internal static class CompletionCommand
{
    private static readonly IReadOnlyDictionary<string, string> Scripts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bash"] = """
            # ahx1x completion for bash: add  eval "$(ahx1x completion bash)"  to ~/.bashrc
            _ahx1x_complete() {
              local IFS=$'\n'
              COMPREPLY=($(compgen -W "$(ahx1x "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
            }
            complete -o default -F _ahx1x_complete ahx1x
            """,
        ["zsh"] = """
            # ahx1x completion for zsh: add  eval "$(ahx1x completion zsh)"  to ~/.zshrc (after compinit)
            _ahx1x_complete() {
              local -a suggestions
              suggestions=("${(@f)$(ahx1x "[suggest:${CURSOR}]" "${BUFFER}" 2>/dev/null)}")
              compadd -a suggestions
            }
            compdef _ahx1x_complete ahx1x
            """,
        ["pwsh"] = """
            # ahx1x completion for PowerShell: add  ahx1x completion pwsh | Out-String | Invoke-Expression  to $PROFILE
            Register-ArgumentCompleter -Native -CommandName ahx1x -ScriptBlock {
                param($wordToComplete, $commandAst, $cursorPosition)
                ahx1x "[suggest:$cursorPosition]" "$commandAst" 2>$null | ForEach-Object {
                    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
                }
            }
            """,
    };

    public static Command Create(Spectre.Console.IAnsiConsole console)
    {
        var shell = new Argument<string>("SHELL") { Description = "The shell: bash, zsh or pwsh (PowerShell)." };
        shell.AcceptOnlyFromAmong([.. Scripts.Keys]);
        var command = new Command("completion", "Print a script that completes ahx1x's commands, options and values in bash, zsh or PowerShell; it asks ahx1x through the [suggest:POSITION] directive, so it always matches the installed version. Exit 0.")
        {
            shell,
        };
        command.SetAction(parsed =>
        {
            console.Profile.Out.Writer.WriteLine(Scripts[parsed.GetValue(shell)!]);
            return ExitCodes.Ok;
        });
        return command;
    }
}
