# {{jreleaserCreationStamp}}
# figures' own formula template (jreleaser.yml): openjdk@17 is keg-only, so the launcher gets
# its JAVA_HOME; the man pages and bash completion of the archive are installed too.
class {{brewFormulaName}} < Formula
  desc "{{projectDescription}}"
  homepage "{{projectLinkHomepage}}"
  url "{{distributionUrl}}"
  version "{{projectVersion}}"
  sha256 "{{distributionChecksumSha256}}"
  license "{{projectLicense}}"

  {{#brewDependencies}}
  depends_on {{.}}
  {{/brewDependencies}}

  def install
    libexec.install Dir["*"]
    (bin/"{{distributionExecutableName}}").write_env_script libexec/"bin/{{distributionExecutableUnix}}",
      Language::Java.overridable_java_home_env("17")
    man1.install Dir[libexec/"share/man/man1/*.1"]
    bash_completion.install libexec/"share/bash-completion/completions/figures"
  end

  test do
    assert_match "{{projectVersion}}", shell_output("#{bin}/{{distributionExecutableName}} --version")
    # the bundled claims: F4 does not add up, so check exits 1 and names it
    assert_match "F4 is inconsistent", shell_output("#{bin}/{{distributionExecutableName}} check 2>&1", 1)
  end
end
