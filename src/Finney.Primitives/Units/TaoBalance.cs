using System.Globalization;

namespace Finney.Primitives.Units;

/// <summary>
/// An amount of TAO held as RAO (u64): 1 τ = 10^9 ρ. Arithmetic is checked; formatting and parsing are
/// exact decimal (never floating point), with the τ and ρ symbols btcli shows.
/// </summary>
public readonly record struct TaoBalance(ulong Rao) : IComparable<TaoBalance>
{
    /// <summary>RAO per TAO.</summary>
    public const ulong RaoPerTao = 1_000_000_000;

    /// <summary>Number of decimal places of one TAO.</summary>
    public const int Decimals = 9;

    /// <summary>The TAO symbol τ (U+03C4).</summary>
    public const char TaoSymbol = '\u03C4';

    /// <summary>The RAO symbol ρ (U+03C1).</summary>
    public const char RaoSymbol = '\u03C1';

    /// <summary>Zero.</summary>
    public static TaoBalance Zero => default;

    /// <summary>The largest representable amount (u64::MAX RAO).</summary>
    public static TaoBalance MaxValue => new(ulong.MaxValue);

    /// <summary>An amount of whole TAO.</summary>
    /// <exception cref="OverflowException">More than u64::MAX RAO.</exception>
    public static TaoBalance FromTao(ulong tao) => new(checked(tao * RaoPerTao));

    /// <summary>The whole-TAO part (floor).</summary>
    public ulong WholeTao => Rao / RaoPerTao;

    /// <summary>Checked addition.</summary>
    public static TaoBalance operator +(TaoBalance left, TaoBalance right) => new(checked(left.Rao + right.Rao));

    /// <summary>Checked subtraction.</summary>
    public static TaoBalance operator -(TaoBalance left, TaoBalance right) => new(checked(left.Rao - right.Rao));

    /// <summary>Addition that stops at the maximum instead of overflowing (Rust's saturating_add).</summary>
    public TaoBalance SaturatingAdd(TaoBalance other) => new(Rao > ulong.MaxValue - other.Rao ? ulong.MaxValue : Rao + other.Rao);

    /// <summary>Subtraction that stops at zero instead of underflowing (Rust's saturating_sub).</summary>
    public TaoBalance SaturatingSub(TaoBalance other) => new(Rao < other.Rao ? 0 : Rao - other.Rao);

    /// <inheritdoc />
    public int CompareTo(TaoBalance other) => Rao.CompareTo(other.Rao);

    /// <summary>Ordering by amount.</summary>
    public static bool operator <(TaoBalance left, TaoBalance right) => left.Rao < right.Rao;

    /// <summary>Ordering by amount.</summary>
    public static bool operator >(TaoBalance left, TaoBalance right) => left.Rao > right.Rao;

    /// <summary>Ordering by amount.</summary>
    public static bool operator <=(TaoBalance left, TaoBalance right) => left.Rao <= right.Rao;

    /// <summary>Ordering by amount.</summary>
    public static bool operator >=(TaoBalance left, TaoBalance right) => left.Rao >= right.Rao;

    /// <summary>
    /// As btcli prints balances: τ, thousands separators, nine decimals — <c>τ1,234.500000000</c>.
    /// </summary>
    public override string ToString() => Format(withSymbol: true, groupThousands: true);

    /// <summary>TAO with nine decimals, optionally with the τ symbol and thousands separators.</summary>
    public string Format(bool withSymbol, bool groupThousands)
    {
        var whole = WholeTao.ToString(groupThousands ? "N0" : "D", CultureInfo.InvariantCulture);
        var fraction = (Rao % RaoPerTao).ToString("D9", CultureInfo.InvariantCulture);
        return withSymbol ? $"{TaoSymbol}{whole}.{fraction}" : $"{whole}.{fraction}";
    }

    /// <summary>The amount in RAO with the ρ symbol, e.g. <c>ρ1500000000</c>.</summary>
    public string ToRaoString() => string.Create(CultureInfo.InvariantCulture, $"{RaoSymbol}{Rao}");

    /// <summary>
    /// Parses an amount. Plain numbers and numbers with τ or "tao" are TAO with up to nine decimals
    /// (<c>1.5</c>, <c>τ1,000</c>, <c>0.000000001 TAO</c>); numbers with ρ or "rao" are whole RAO
    /// (<c>500ρ</c>, <c>500 rao</c>). Thousands separators (,) and surrounding spaces are allowed.
    /// </summary>
    /// <exception cref="FormatException">Not a number, too many decimals, or out of the u64 range.</exception>
    public static TaoBalance Parse(string text)
    {
        if (TryParse(text, out var balance, out var error))
        {
            return balance;
        }

        throw new FormatException(error);
    }

    /// <summary>Parses like <see cref="Parse"/>; false with a reason when the text is not an amount.</summary>
    public static bool TryParse(string text, out TaoBalance balance, out string error)
    {
        balance = Zero;
        var (number, isRao) = StripUnit(text.Trim());
        number = number.Replace(",", string.Empty, StringComparison.Ordinal).Trim();
        var dot = number.IndexOf('.', StringComparison.Ordinal);
        var wholeText = dot < 0 ? number : number[..dot];
        var fractionText = dot < 0 ? string.Empty : number[(dot + 1)..];
        if ((wholeText.Length == 0 && fractionText.Length == 0) || !IsDigits(wholeText) || !IsDigits(fractionText))
        {
            error = $"'{text}' is not an amount: expected digits with an optional decimal point and τ/ρ unit.";
            return false;
        }

        if (isRao && fractionText.Length > 0)
        {
            error = $"'{text}': RAO is the smallest unit and has no decimals.";
            return false;
        }

        if (fractionText.Length > Decimals)
        {
            error = $"'{text}': TAO has at most {Decimals} decimals (1 ρ = 0.000000001 τ).";
            return false;
        }

        var scale = isRao ? 1UL : RaoPerTao;
        if (!ulong.TryParse(wholeText.Length == 0 ? "0" : wholeText, NumberStyles.None, CultureInfo.InvariantCulture, out var whole)
            || whole > (ulong.MaxValue - ParseFraction(fractionText)) / scale)
        {
            error = $"'{text}' is more than the largest balance ({MaxValue}).";
            return false;
        }

        balance = new TaoBalance((whole * scale) + ParseFraction(fractionText));
        error = string.Empty;
        return true;
    }

    private static ulong ParseFraction(string digits) =>
        digits.Length == 0 ? 0 : ulong.Parse(digits.PadRight(Decimals, '0'), NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool IsDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static (string Number, bool IsRao) StripUnit(string text)
    {
        string[] raoUnits = [RaoSymbol.ToString(), "rao", "RAO"];
        string[] taoUnits = [TaoSymbol.ToString(), "tao", "TAO"];
        foreach (var unit in raoUnits)
        {
            if (TryStrip(text, unit, out var rest))
            {
                return (rest, true);
            }
        }

        foreach (var unit in taoUnits)
        {
            if (TryStrip(text, unit, out var rest))
            {
                return (rest, false);
            }
        }

        return (text, false);
    }

    private static bool TryStrip(string text, string unit, out string rest)
    {
        if (text.StartsWith(unit, StringComparison.Ordinal))
        {
            rest = text[unit.Length..];
            return true;
        }

        if (text.EndsWith(unit, StringComparison.Ordinal))
        {
            rest = text[..^unit.Length];
            return true;
        }

        rest = text;
        return false;
    }
}
