package io.github.duendetools.mojo;

import io.github.duendetools.inspect.InspectException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Resolves a JDBC driver jar through Maven's own repository system (local repository, mirrors, offline mode and
 * credentials as the build has them). Only the driver's jar: the drivers inspect uses need nothing else to read a
 * catalog.
 */
final class MavenDriverResolver {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    MavenDriverResolver(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories == null ? List.of() : repositories;
    }

    Path resolve(String gav) throws InspectException {
        try {
            ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(gav), repositories, null);
            return system.resolveArtifact(session, request).getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException | IllegalArgumentException e) {
            throw new InspectException("cannot resolve the JDBC driver " + gav
                    + (session.isOffline() ? " (Maven is offline and it is not in the local repository)" : "")
                    + ": add it as a plugin <dependency> or name another with duende.driver=groupId:artifactId:version");
        }
    }
}
