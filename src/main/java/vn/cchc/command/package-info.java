/**
 * Owns command mode: the ./cchc script starts the application without a web server and runs one
 * command (parse-plan, bench, …). Modules contribute commands as {@link vn.cchc.command.CchcCommand} beans.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.cchc.command;
