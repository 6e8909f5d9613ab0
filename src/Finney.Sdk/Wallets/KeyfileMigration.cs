namespace Finney.Sdk.Wallets;

/// <summary>The outcome of <see cref="Keyfile.MigrateToNacl"/>.</summary>
/// <param name="From">The format the file had.</param>
/// <param name="Changed">True when the file was re-encrypted as <c>$NACL</c> (and the backup deleted after it verified).</param>
public sealed record KeyfileMigration(KeyfileFormat From, bool Changed);
