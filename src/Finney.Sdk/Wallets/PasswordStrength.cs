namespace Finney.Sdk.Wallets;

/// <summary>
/// The password policy btwallet applies on creation: at least 6 characters and a strength score of at least
/// 20 out of 100, scored as the <c>passwords</c> crate does (without its common-password list): a ceiling
/// from the length, lowered for missing character classes and for repeated or progressive runs.
/// </summary>
public static class PasswordStrength
{
    /// <summary>Shortest password accepted.</summary>
    public const int MinimumLength = 6;

    /// <summary>Lowest score accepted.</summary>
    public const double MinimumScore = 20;

    private static readonly double[] CeilingByLength = [0, 2, 5, 9, 16, 25, 40, 58, 80, 88, 95, 100];

    /// <summary>True when the password is long and varied enough.</summary>
    public static bool IsAcceptable(string password) => password.Length >= MinimumLength && Score(password) >= MinimumScore;

    /// <summary>A score from 0 (cracked in seconds) to 100.</summary>
    public static double Score(string password)
    {
        var counts = Analyze(password);
        var plain = counts.Length - counts.Other;
        double ceiling = plain < CeilingByLength.Length ? CeilingByLength[plain] : 100 + counts.Length - 11;
        var score = ceiling;
        if (score > 0)
        {
            score += counts.Spaces;
            score -= counts.Digits == 0 ? ceiling * 0.05 : 0;
            score -= counts.Lower == 0 ? ceiling * 0.1 : 0;
            score -= counts.Upper == 0 ? ceiling * 0.1 : 0;
            score -= counts.Spaces == 0 ? ceiling * 0.1 : 0;
            score += counts.Lower > 0 && counts.Upper > 0 ? 1 : 0;
            score += counts.Symbols > 0 ? 1 : 0;
            score -= ceiling * ((double)counts.Repeated / counts.Length / 5);
            score -= ceiling * ((double)counts.Progressive / counts.Length / 5);
            score -= ceiling * ((double)counts.Recurring / counts.Length / 10);
        }

        score = Math.Clamp(score, 0, ceiling) + (counts.Other * 20.0);
        return Math.Min(score, 100);
    }

    private static Counts Analyze(string password)
    {
        var counts = new Counts();
        var seen = new Dictionary<int, int>();
        int? last = null;
        int? lastStep = null;
        bool inRepeat = false, inProgression = false, progressionJustEnded = false;
        foreach (var rune in password.EnumerateRunes())
        {
            var code = rune.Value;
            if (code <= 0x1F || code == 0x7F)
            {
                continue;
            }

            counts.Length++;
            seen[code] = seen.GetValueOrDefault(code) + 1;
            if (last == code)
            {
                // A run of the same character: the first repeat counts both characters, later ones one each.
                counts.Repeated += inRepeat ? 1 : 2;
                inRepeat = true;
                inProgression = false;
            }
            else
            {
                inRepeat = false;
                // The crate starts from u32::MAX, which as i32 is -1: the first step is -1 - code.
                var step = (last ?? -1) - code;
                last = code;
                if (lastStep == step)
                {
                    // Three or more characters with the same step ("abc", "975"): the run counts from its start.
                    counts.Progressive += inProgression ? 1 : progressionJustEnded ? 2 : 3;
                    progressionJustEnded |= !inProgression;
                    inProgression = true;
                }
                else
                {
                    lastStep = step;
                    progressionJustEnded = inProgression;
                    inProgression = false;
                }
            }

            Classify(code, counts);
        }

        counts.Recurring = seen.Values.Where(n => n > 1).Sum() - counts.Repeated;
        return counts;
    }

    private static void Classify(int code, Counts counts)
    {
        switch (code)
        {
            case >= '0' and <= '9': counts.Digits++; break;
            case >= 'A' and <= 'Z': counts.Upper++; break;
            case >= 'a' and <= 'z': counts.Lower++; break;
            case ' ': counts.Spaces++; break;
            case (>= 33 and <= 47) or (>= 58 and <= 64) or (>= 91 and <= 96) or (>= 123 and <= 126): counts.Symbols++; break;
            default: counts.Other++; break;
        }
    }

    private sealed class Counts
    {
        public int Length { get; set; }

        public int Spaces { get; set; }

        public int Digits { get; set; }

        public int Lower { get; set; }

        public int Upper { get; set; }

        public int Symbols { get; set; }

        public int Other { get; set; }

        public int Repeated { get; set; }

        public int Progressive { get; set; }

        public int Recurring { get; set; }
    }
}
