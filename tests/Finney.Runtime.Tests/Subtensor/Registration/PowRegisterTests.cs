using Finney.Primitives.Accounts;
using Finney.Primitives.Hashing;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Neurons;
using Finney.Runtime.Subtensor.Registration;
using Finney.Runtime.System;
using Finney.Testing;

namespace Finney.Runtime.Tests.Subtensor.Registration;

public sealed class PowRegisterTests
{
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;
    private static readonly AccountId32 Hotkey = SubtensorSetup.Account(7);

    private static TestChain Chain(ulong difficulty = 16) =>
        new TestRuntime().WithBalance(Alice, 1_000 * TestRuntime.Tao).Build().WithSubnet(1).Sudo(new SudoSetDifficulty(1, difficulty)).RunBlocks(3);

    private static DispatchError Err(SubtensorError e) => SubtensorErrors.Of(e);

    private static (ulong Nonce, byte[] Seal) Mine(TestChain chain, ulong block, AccountId32 hotkey, ulong difficulty)
    {
        var hash = SystemStorage.BlockHash.Get(chain.State, (uint)block);
        for (ulong nonce = 0; ; nonce++)
        {
            var seal = PowSeal.Compute(hash, hotkey, nonce);
            if (PowSeal.MeetsDifficulty(seal, difficulty))
            {
                return (nonce, seal);
            }
        }
    }

    [Fact]
    public void Seal_IsKeccakOfSha256OfNonceAndKeccakOfBlockHashAndHotkey()
    {
        var blockHash = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var inner = Keccak256.Hash([.. blockHash, .. Hotkey.Bytes]);
        var expected = Keccak256.Hash(global::System.Security.Cryptography.SHA256.HashData([.. BitConverter.GetBytes(42UL), .. inner]));
        PowSeal.Compute(blockHash, Hotkey, 42).ShouldBe(expected);
    }

    [Fact]
    public void MeetsDifficulty_IsTheU256OverflowRule()
    {
        var seal = new byte[32];
        seal[0] = 0x01;
        PowSeal.MeetsDifficulty(seal, 255).ShouldBeTrue();
        PowSeal.MeetsDifficulty(seal, 256).ShouldBeFalse();
        PowSeal.MeetsDifficulty(new byte[32], ulong.MaxValue).ShouldBeTrue();
    }

    [Fact]
    public void Register_WithAValidSealOfThePreviousBlock_RegistersAndRecordsTheWork()
    {
        using var chain = Chain();
        var block = chain.Head.Number - 1UL;
        var (nonce, seal) = Mine(chain, block, Hotkey, 16);

        var result = chain.Dispatch(new Register(1, block, nonce, seal, Hotkey, Alice), Hotkey);

        result.IsOk.ShouldBeTrue();
        chain.LastEvent.ShouldBe(new NeuronRegistered(1, 0, Hotkey));
        NeuronStorage.Uids.Get(chain.State, 1, Hotkey).ShouldBe((ushort)0);
        RegistrationStorage.UsedWork.Get(chain.State, seal).ShouldBe((ulong)chain.Head.Number);
        RegistrationStorage.POWRegistrationsThisInterval.Get(chain.State, 1).ShouldBe((ushort)1);
        chain.Free(Alice).ShouldBe(1_000 * TestRuntime.Tao);
    }

    [Fact]
    public void Register_CurrentBlock_UsesAZeroBlockHash()
    {
        using var chain = Chain();
        ulong now = chain.Head.Number;
        SystemStorage.BlockHash.ContainsKey(chain.State, (uint)now).ShouldBeFalse();
        var (nonce, seal) = Mine(chain, now, Hotkey, 16);
        chain.Dispatch(new Register(1, now, nonce, seal, Hotkey, Alice), Hotkey).IsOk.ShouldBeTrue();
    }

    [Fact]
    public void Register_SignedByAnotherKey_FailsWithHotkeyOriginMismatch()
    {
        using var chain = Chain();
        chain.AssertNoop(new Register(1, 2, 0, new byte[32], Hotkey, Alice), Origin.Signed(Alice), Err(SubtensorError.HotkeyOriginMismatch));
    }

    [Fact]
    public void Register_ClosedSubnet_FailsWithRegistrationDisabled()
    {
        using var chain = Chain().Sudo(new SudoSetRegistrationAllowed(1, false));
        chain.AssertNoop(new Register(1, 2, 0, new byte[32], Hotkey, Alice), Origin.Signed(Hotkey), Err(SubtensorError.RegistrationDisabled));
    }

    [Theory]
    [InlineData(4UL)]
    [InlineData(0UL)]
    public void Register_BlockOutsideTheWindow_FailsWithInvalidWorkBlock(ulong block)
    {
        using var chain = Chain();
        chain.AssertNoop(new Register(1, block, 0, new byte[32], Hotkey, Alice), Origin.Signed(Hotkey), Err(SubtensorError.InvalidWorkBlock));
    }

    [Fact]
    public void Register_SealAboveTheDifficulty_FailsWithInvalidDifficulty()
    {
        using var chain = Chain(SubtensorConfig.MaxDifficulty);
        var seal = Enumerable.Repeat((byte)0xff, 32).ToArray();
        chain.AssertNoop(new Register(1, 3, 0, seal, Hotkey, Alice), Origin.Signed(Hotkey), Err(SubtensorError.InvalidDifficulty));
    }

    [Fact]
    public void Register_WorkOfAnotherNonce_FailsWithInvalidSeal()
    {
        using var chain = Chain(1);
        var (nonce, seal) = Mine(chain, 3, Hotkey, 1);
        chain.AssertNoop(new Register(1, 3, nonce + 1, seal, Hotkey, Alice), Origin.Signed(Hotkey), Err(SubtensorError.InvalidSeal));
        chain.AssertNoop(new Register(1, 3, nonce, seal[..31], Hotkey, Alice), Origin.Signed(Hotkey), Err(SubtensorError.InvalidSeal));
    }

    [Fact]
    public void Register_SealOfAnotherHotkey_FailsWithInvalidSeal()
    {
        using var chain = Chain(1);
        var (nonce, seal) = Mine(chain, 3, SubtensorSetup.Account(8), 1);
        chain.AssertNoop(new Register(1, 3, nonce, seal, Hotkey, Alice), Origin.Signed(Hotkey), Err(SubtensorError.InvalidSeal));
    }

    [Fact]
    public void Register_MaxAllowedUidsZero_FailsWithNetworkDoesNotExist()
    {
        using var chain = Chain(1);
        var (nonce, seal) = Mine(chain, 3, Hotkey, 1);
        var ext = new Externalities(new Storage.StateOverlay(chain.State));
        HyperparameterStorage.MaxAllowedUids.Insert(ext.State, 1, 0);

        var result = Dispatcher.Dispatch(new Register(1, 3, nonce, seal, Hotkey, Alice), Origin.Signed(Hotkey), ext);

        result.Error.ShouldBe(Err(SubtensorError.NetworkDoesNotExist));
    }
}
