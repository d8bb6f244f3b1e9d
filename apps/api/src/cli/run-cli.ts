/**
 * Runs a command's `main` and exits with its code; an unexpected error is printed and exits 1. Nothing
 * heavy is imported here: commands load their libraries once the configuration is valid.
 */
export function runCli(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
