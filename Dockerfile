# One image per part of the ledger: the all-in-one launcher by default, or a service of the scale-out
# deployment in docker-compose.yml:
#   docker build .                                     (the launcher: everything in one process)
#   docker build --build-arg MODULE=command-side .     (or query-side, ledger-audit, or ledger-web)
ARG MODULE=ledger-launcher

FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /src
COPY . .
# the runnable jar: a module's "-exec" jar, or the launcher's own (ls sorts "-exec.jar" first)
RUN mvn -B -q -DskipTests -pl ${MODULE} -am package \
 && cp "$(ls ${MODULE}/target/*-exec.jar ${MODULE}/target/*.jar 2>/dev/null | head -n 1)" /ledger.jar

FROM eclipse-temurin:17-jre
# Not root. The working directory is the ledger's home: the launcher keeps its data (embedded
# PostgreSQL, tree-head keys) in ./ledger-data, so it must be the user's to write; /data is the
# audit service's key directory, a volume in docker-compose.yml.
RUN useradd --system --uid 10001 --home-dir /app ledger \
 && mkdir -p /app/ledger-data /data \
 && chown -R ledger:ledger /app /data
WORKDIR /app
COPY --from=build --chown=ledger:ledger /ledger.jar /app/ledger.jar
USER ledger
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/ledger.jar"]
