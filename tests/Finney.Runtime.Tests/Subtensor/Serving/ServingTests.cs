using Finney.Primitives.Accounts;
using Finney.Runtime.Kernel;
using Finney.Runtime.Subtensor;
using Finney.Runtime.Subtensor.Hyperparameters;
using Finney.Runtime.Subtensor.Serving;
using Finney.Testing;

namespace Finney.Runtime.Tests.Subtensor.Serving;

public sealed class ServingTests
{
    private const uint Ip = 0x0A00_0001;
    private static readonly AccountId32 Alice = DevAccounts.Alice.AccountId;
    private static readonly AccountId32 Hotkey = SubtensorSetup.Account(1);

    private static TestChain Chain() =>
        new TestRuntime().WithBalance(Alice, 1_000 * TestRuntime.Tao).Build().WithSubnet(1).Registered(1, Alice, Hotkey).RunBlocks(1);

    private static DispatchError Err(SubtensorError e) => SubtensorErrors.Of(e);

    [Fact]
    public void ServeAxon_StoresTheEndpointWithTheBlock()
    {
        using var chain = Chain();
        var result = chain.Dispatch(new ServeAxon(1, 7, Ip, 8091, 4, 0, 1, 2), Hotkey);

        result.IsOk.ShouldBeTrue();
        result.PostInfo.PaysFee.ShouldBe(Pays.No);
        chain.LastEvent.ShouldBe(new AxonServed(1, Hotkey));
        ServingStorage.Axons.Get(chain.State, 1, Hotkey).ShouldBe(new AxonInfo(1, 7, Ip, 8091, 4, 0, 1, 2));
    }

    [Fact]
    public void ServePrometheus_StoresTheEndpointWithTheBlock()
    {
        using var chain = Chain();
        chain.Dispatch(new ServePrometheus(1, 7, Ip, 9090, 4), Hotkey).IsOk.ShouldBeTrue();
        chain.LastEvent.ShouldBe(new PrometheusServed(1, Hotkey));
        ServingStorage.Prometheus.Get(chain.State, 1, Hotkey).ShouldBe(new PrometheusInfo(1, 7, Ip, 9090, 4));
    }

    [Fact]
    public void ServeAxon_OnASubnetWhereTheHotkeyIsNotRegistered_IsAcceptedAsOnSubtensor()
    {
        using var chain = Chain();
        chain.Dispatch(new ServeAxon(5, 7, Ip, 8091, 4, 0, 0, 0), Hotkey).IsOk.ShouldBeTrue();
    }

    [Fact]
    public void Serve_UnregisteredHotkey_FailsWithNotRegistered()
    {
        using var chain = Chain();
        chain.AssertNoop(new ServeAxon(1, 7, Ip, 8091, 4, 0, 0, 0), Origin.Signed(Alice), Err(SubtensorError.NotRegistered));
        chain.AssertNoop(new ServePrometheus(1, 7, Ip, 9090, 4), Origin.Signed(Alice), Err(SubtensorError.NotRegistered));
    }

    [Fact]
    public void Serve_IpTypeFive_FailsWithInvalidIpType()
    {
        using var chain = Chain();
        chain.AssertNoop(new ServeAxon(1, 7, Ip, 8091, 5, 0, 0, 0), Origin.Signed(Hotkey), Err(SubtensorError.InvalidIpType));
        chain.AssertNoop(new ServePrometheus(1, 7, Ip, 9090, 5), Origin.Signed(Hotkey), Err(SubtensorError.InvalidIpType));
    }

    [Theory]
    [InlineData(4, 0UL)]
    [InlineData(4, 0x7f00_0001UL)]
    [InlineData(4, 0xffff_ffffUL)]
    [InlineData(6, 1UL)]
    public void Serve_InvalidAddress_FailsWithInvalidIpAddress(byte ipType, ulong ip)
    {
        using var chain = Chain();
        chain.AssertNoop(new ServeAxon(1, 7, ip, 8091, ipType, 0, 0, 0), Origin.Signed(Hotkey), Err(SubtensorError.InvalidIpAddress));
    }

    [Fact]
    public void IsValidIpAddress_Ipv6AllOnes_IsInvalid_AnyOtherNonzeroIsValid()
    {
        ServingRules.IsValidIpAddress(6, UInt128.MaxValue).ShouldBeFalse();
        ServingRules.IsValidIpAddress(6, (UInt128)0x2001_0db8 << 96).ShouldBeTrue();
    }

    [Fact]
    public void Serve_PortZero_FailsWithInvalidPort()
    {
        using var chain = Chain();
        chain.AssertNoop(new ServeAxon(1, 7, Ip, 0, 4, 0, 0, 0), Origin.Signed(Hotkey), Err(SubtensorError.InvalidPort));
        chain.AssertNoop(new ServePrometheus(1, 7, Ip, 0, 4), Origin.Signed(Hotkey), Err(SubtensorError.InvalidPort));
    }

    [Fact]
    public void Serve_AgainWithinTheRateLimit_FailsWithServingRateLimitExceeded()
    {
        using var chain = Chain().Sudo(new SudoSetServingRateLimit(1, 2));
        chain.Dispatch(new ServeAxon(1, 7, Ip, 8091, 4, 0, 0, 0), Hotkey).IsOk.ShouldBeTrue();
        chain.Dispatch(new ServePrometheus(1, 7, Ip, 9090, 4), Hotkey).IsOk.ShouldBeTrue();
        chain.RunBlocks(1);
        chain.AssertNoop(new ServeAxon(1, 8, Ip, 8092, 4, 0, 0, 0), Origin.Signed(Hotkey), Err(SubtensorError.ServingRateLimitExceeded));
        chain.AssertNoop(new ServePrometheus(1, 8, Ip, 9091, 4), Origin.Signed(Hotkey), Err(SubtensorError.ServingRateLimitExceeded));
        chain.RunBlocks(1);
        chain.Dispatch(new ServeAxon(1, 8, Ip, 8092, 4, 0, 0, 0), Hotkey).IsOk.ShouldBeTrue();
    }
}
