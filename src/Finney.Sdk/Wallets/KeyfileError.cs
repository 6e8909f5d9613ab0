namespace Finney.Sdk.Wallets;

/// <summary>Why a keyfile could not be read or written.</summary>
public enum KeyfileError
{
    /// <summary>The file does not exist.</summary>
    NotFound,

    /// <summary>The content is not a keyfile: bad JSON, bad hex, a key that does not match its public half.</summary>
    Malformed,

    /// <summary>The password does not open the file (or the file was altered).</summary>
    WrongPassword,

    /// <summary>The file is encrypted and no password was given.</summary>
    PasswordRequired,

    /// <summary>Writing would replace an existing file and overwriting was not allowed.</summary>
    AlreadyExists,

    /// <summary>The file starts with no prefix Finney knows.</summary>
    UnknownFormat,
}
