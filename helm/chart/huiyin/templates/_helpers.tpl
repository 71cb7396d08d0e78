{{/*
Chart name, truncated to the 63 characters Kubernetes allows in a label value.
*/}}
{{- define "huiyin.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Full name: the prefix of every object the release makes.
*/}}
{{- define "huiyin.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/* "huiyin-0.1.0", for the helm.sh/chart label. */}}
{{- define "huiyin.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Standard labels of every object. Call with (dict "ctx" $ "component" "app").
*/}}
{{- define "huiyin.labels" -}}
helm.sh/chart: {{ include "huiyin.chart" .ctx }}
{{ include "huiyin.selectorLabels" . }}
app.kubernetes.io/version: {{ .ctx.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .ctx.Release.Service }}
app.kubernetes.io/part-of: huiyin
{{- with .ctx.Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
Selector labels (immutable on a Deployment: never add to them). Call like huiyin.labels.
*/}}
{{- define "huiyin.selectorLabels" -}}
app.kubernetes.io/name: {{ include "huiyin.name" .ctx }}
app.kubernetes.io/instance: {{ .ctx.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* Names of the objects. */}}
{{- define "huiyin.hazelcastServiceName" -}}
{{- printf "%s-hazelcast" (include "huiyin.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "huiyin.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "huiyin.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "huiyin.keycloakFullname" -}}
{{- printf "%s-keycloak" (include "huiyin.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "huiyin.cnpgClusterName" -}}
{{- printf "%s-pg" (include "huiyin.fullname" .) | trunc 50 | trimSuffix "-" }}
{{- end }}

{{/* Secret holding the app's passwords and OIDC client secret. */}}
{{- define "huiyin.secretName" -}}
{{- default (include "huiyin.fullname" .) .Values.existingSecret }}
{{- end }}

{{- define "huiyin.keycloakSecretName" -}}
{{- default (include "huiyin.keycloakFullname" .) .Values.keycloak.existingSecret }}
{{- end }}

{{/* App image: repository:tag, the tag defaulting to appVersion. */}}
{{- define "huiyin.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{/* APP_BASE_URL */}}
{{- define "huiyin.baseUrl" -}}
{{- if .Values.app.baseUrl }}
{{- .Values.app.baseUrl | trimSuffix "/" }}
{{- else if .Values.ingress.enabled }}
{{- printf "%s://%s" (ternary "https" "http" .Values.ingress.tls.enabled) .Values.ingress.host }}
{{- else }}
{{- print "http://localhost:8080" }}
{{- end }}
{{- end }}

{{/* OIDC_ISSUER */}}
{{- define "huiyin.oidcIssuer" -}}
{{- if .Values.oidc.issuer }}
{{- .Values.oidc.issuer }}
{{- else if .Values.keycloak.enabled }}
{{- printf "%s/realms/%s" (.Values.keycloak.hostname | trimSuffix "/") .Values.keycloak.realm }}
{{- else }}
{{- fail "oidc.issuer is required when keycloak.enabled is false (the issuer URL of the external Keycloak realm)" }}
{{- end }}
{{- end }}

{{/* DB_URL */}}
{{- define "huiyin.dbUrl" -}}
{{- if .Values.database.cnpg.enabled }}
{{- printf "jdbc:postgresql://%s-rw:5432/%s" (include "huiyin.cnpgClusterName" .) .Values.database.cnpg.database }}
{{- else }}
{{- required "database.url is required (JDBC URL of the external PostgreSQL)" .Values.database.url }}
{{- end }}
{{- end }}
