{
  "aliases": {
    "{{jbangAliasName}}": {
      "script-ref": "{{projectLinkHomepage}}/releases/download/{{tagName}}/figures-{{projectVersion}}.jar",
      "description": "{{projectDescription}}",
      "java": "{{distributionJavaVersion}}+"
    }
  }
}
