# syntax=docker/dockerfile:1
#
# A SAML 2.0 identity provider for trying single sign-on locally: Debian's SimpleSAMLphp with the test
# people of test/saml-idp (alice, bob, carol; password "<name>-pass"). NOT for production: its users and
# secrets are public. Built from the repository root by docker/compose.yaml (profile sso-demo).
FROM debian:12-slim AS saml-idp
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      simplesamlphp php-cli php-xml php-mbstring openssl ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /idp
COPY test/saml-idp/config ./config
COPY test/saml-idp/metadata ./metadata
RUN mkdir -p cert docroot var \
 && ln -s /usr/share/simplesamlphp/www docroot/simplesaml \
 && chown -R www-data:www-data cert var
USER www-data
ENV SIMPLESAMLPHP_CONFIG_DIR=/idp/config \
    RELAIS_IDP_VAR_DIR=/idp/var \
    RELAIS_IDP_PORT=8080
EXPOSE 8080
# A key pair made at first start, kept in the container; then php's built-in server on every interface.
CMD ["sh", "-c", "[ -f cert/idp.key ] || openssl req -x509 -newkey rsa:2048 -sha256 -nodes -days 3650 -subj /CN=relais-demo-idp -keyout cert/idp.key -out cert/idp.crt 2>/dev/null; exec php -S 0.0.0.0:8080 -t docroot"]
