using System.Collections;
using System.Text;

namespace Finney.Sdk.Wallets;

/// <summary>
/// Passwords from environment variables, for miners and validators run by pm2 or systemd. Both conventions
/// users have:
/// <list type="bullet">
/// <item>SDK 2022–2024: <c>BT_COLD_PW_&lt;WALLET&gt;</c> holds the coldkey password in plain text; the name is
/// matched case-insensitively (the SDK took any variable starting with <c>BT_COLD_PW_</c> and ending with the
/// wallet name; Finney prefers the exact name and falls back to that rule).</item>
/// <item>btwallet (SDK ≥ 8): <c>BT_PW_</c> + the keyfile's absolute path with <c>/</c> and <c>.</c> replaced by
/// <c>_</c>, upper-cased; the value is base64 of the UTF-8 password XOR-ed, byte by byte and repeating, with
/// the UTF-8 bytes of the variable name itself.</item>
/// </list>
/// </summary>
public static class PasswordEnvironment
{
    /// <summary>Prefix of the SDK's coldkey password variables.</summary>
    public const string ColdkeyPrefix = "BT_COLD_PW_";

    /// <summary>Prefix of btwallet's per-keyfile password variables.</summary>
    public const string BtwalletPrefix = "BT_PW_";

    /// <summary>btwallet's variable name for a keyfile path, e.g. <c>BT_PW__HOME_ME__BITTENSOR_WALLETS_W_COLDKEY</c>.</summary>
    public static string BtwalletVariableName(string keyfilePath) =>
        BtwalletPrefix + keyfilePath.Replace(Path.DirectorySeparatorChar, '_').Replace('.', '_').ToUpperInvariant();

    /// <summary>The value btwallet's <c>save_password_to_env</c> stores: base64(password XOR variable name).</summary>
    public static string EncodeBtwallet(string variableName, string password) =>
        Convert.ToBase64String(Xor(Encoding.UTF8.GetBytes(password), Encoding.UTF8.GetBytes(variableName)));

    /// <summary>The password in a btwallet variable's value, or null when the value is not base64 of UTF-8.</summary>
    public static string? DecodeBtwallet(string variableName, string value)
    {
        try
        {
            var bytes = Xor(Convert.FromBase64String(value.Trim()), Encoding.UTF8.GetBytes(variableName));
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The process's environment as a dictionary.</summary>
    public static IReadOnlyDictionary<string, string> Current()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && entry.Value is string value)
            {
                result[name] = value;
            }
        }

        return result;
    }

    /// <summary>
    /// The password for <paramref name="keyfile"/> from the environment: btwallet's per-file variable first,
    /// then, for a coldkey (<paramref name="walletName"/> given), <c>BT_COLD_PW_&lt;WALLET&gt;</c>. Null when neither is set.
    /// </summary>
    public static PasswordSource? Find(Keyfile keyfile, string? walletName, IReadOnlyDictionary<string, string> environment)
    {
        var perFile = keyfile.PasswordVariable;
        if (environment.TryGetValue(perFile, out var encoded) && DecodeBtwallet(perFile, encoded) is { } fromBtwallet)
        {
            return new PasswordSource(fromBtwallet, perFile);
        }

        if (walletName is null)
        {
            return null;
        }

        var exact = ColdkeyPrefix + walletName;
        var match = environment.Keys.Where(k => string.Equals(k, exact, StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? environment.Keys
                .Where(k => k.StartsWith(ColdkeyPrefix, StringComparison.OrdinalIgnoreCase) && k.EndsWith(walletName, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault()
            ?? environment.Keys
                .Where(k => string.Equals(k, ColdkeyVariableName(walletName), StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
        return match is null ? null : new PasswordSource(environment[match], match);
    }

    /// <summary>
    /// The <c>BT_COLD_PW_</c> variable a shell can set for <paramref name="walletName"/>: upper-cased, with every
    /// character other than a letter, digit or <c>_</c> written <c>_</c> (<c>my-wallet</c> → <c>BT_COLD_PW_MY_WALLET</c>).
    /// The SDK's exact-suffix form is also accepted, but <c>export</c> cannot set a name with a dash.
    /// </summary>
    public static string ColdkeyVariableName(string walletName)
    {
        ArgumentNullException.ThrowIfNull(walletName);
        return ColdkeyPrefix + string.Concat(walletName.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? char.ToUpperInvariant(c) : '_'));
    }

    private static byte[] Xor(byte[] data, byte[] key)
    {
        for (var i = 0; i < data.Length; i++)
        {
            data[i] ^= key[i % key.Length];
        }

        return data;
    }
}
