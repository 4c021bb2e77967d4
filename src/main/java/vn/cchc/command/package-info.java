/**
 * Owns command mode: the ./cchc script starts the application without a web server and runs one
 * command (parse-plan, bench, …). Modules contribute commands as {@link vn.cchc.command.CchcCommand} beans;
 * a command that needs no database is also a {@link vn.cchc.command.StandaloneCommand}, which
 * {@link vn.cchc.command.CommandLine} runs before Spring starts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.cchc.command;
