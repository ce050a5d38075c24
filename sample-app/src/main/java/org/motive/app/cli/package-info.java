/**
 * The {@code motive} command line: {@code evaluate} decides requests given as text, JSON or JSON
 * Lines and prints explained decisions as coloured text or JSON Lines; {@code demo} decides a
 * bundled set of requests. {@link org.motive.app.cli.MotiveCli#create(Terminal)} builds the
 * command, which tests run in-process with captured output.
 */
package org.motive.app.cli;
