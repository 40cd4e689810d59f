import { describe, expect, it } from "vitest";
import { SoftmaxRegression } from "../../bench/lib/softmaxRegression.js";

const OPTIONS = { epochs: 200, rate: 2, l2: 0 };

describe("SoftmaxRegression (bench trials only)", () => {
  it("learns which class a feature stands for", () => {
    const model = new SoftmaxRegression(["NONE", "HOSTS", "FUNDS"]);
    model.train(
      [
        { features: ["v:host"], label: "HOSTS" },
        { features: ["v:finance"], label: "FUNDS" },
        { features: ["p:near"], label: "NONE" },
      ],
      OPTIONS,
    );
    const best = (f: string[]) => model.labels[model.predict(f).indexOf(Math.max(...model.predict(f)))];
    expect(best(["v:host"])).toBe("HOSTS");
    expect(best(["v:finance"])).toBe("FUNDS");
    expect(best(["p:near"])).toBe("NONE");
    expect(model.strongest("FUNDS", 1)[0]![0]).toBe("v:finance");
  });

  it("lets a heavier row outweigh a lighter contrary one", () => {
    const rows = (weak: number) => [
      { features: ["list"], label: "MEMBER" },
      { features: ["list"], label: "NONE", weight: weak },
    ];
    const light = new SoftmaxRegression(["NONE", "MEMBER"]);
    light.train(rows(0.2), OPTIONS);
    const even = new SoftmaxRegression(["NONE", "MEMBER"]);
    even.train(rows(1), OPTIONS);
    expect(light.predict(["list"])[1]).toBeGreaterThan(0.7);
    expect(even.predict(["list"])[1]).toBeCloseTo(0.5, 2);
  });

  it("refuses a row whose label it was not given", () => {
    expect(() => new SoftmaxRegression(["NONE"]).train([{ features: ["x"], label: "LEADS" }], OPTIONS)).toThrow(/unknown label/);
  });
});
